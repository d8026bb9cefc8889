"""Check characters of the two national identifiers the platform reads and writes.

- The citizen identity number (公民身份号码, GB 11643-1999): 17 digits (6-digit area code,
  8-digit birth date, 3-digit sequence) and a check character from ISO 7064 MOD 11-2, a digit
  or X. The 15-digit numbers issued before 1999 carry no check character.
- The unified social credit code (统一社会信用代码, GB 32100-2015): 17 characters from 31 (digits
  and capital letters without I, O, Z, S, V) and a check character, MOD 31 of the weighted sum.

Applicants' identity documents are validated with these (applications), the privacy scanner
tells real numbers from look-alikes with them (publishing), and the demos and tests make
valid numbers with them.
"""

#: GB 11643-1999: weights of the first 17 digits; the check character is ID_CHECK[sum % 11].
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"

#: GB 32100-2015: the 31 characters of a credit code, and the weights of the first 17.
CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def id_check_char(first17: str) -> str:
    """Return the check character (a digit or X) of an ID number's first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK[total % 11]


def id_checksum_ok(number: str) -> bool:
    """True for 17 digits followed by their check character (X in either case)."""
    return (
        len(number) == 18
        and number[:17].isdecimal()
        and id_check_char(number[:17]) == number[17].upper()
    )


def credit_check_char(first17: str) -> str:
    """Return the check character of a credit code's first 17 characters (capitals)."""
    total = sum(CREDIT_CHARS.index(c) * w for c, w in zip(first17, CREDIT_WEIGHTS, strict=True))
    return CREDIT_CHARS[(31 - total % 31) % 31]


def credit_code_ok(code: str) -> bool:
    """True for an 18-character credit code (either case) whose check character matches."""
    code = code.upper()
    if len(code) != 18 or any(c not in CREDIT_CHARS for c in code):
        return False
    return credit_check_char(code[:17]) == code[17]
