"""Identity numbers by their checksums and attachments by their content."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from gongkai.applications.validators import attachment_check, credit_code_check, id_card_check


@pytest.mark.parametrize(
    "number",
    [
        "11010519491231002X",  # the example of GB 11643-1999, check character X
        "11010519491231002x",  # lower-case x is accepted and upper-cased
        "110101199001010031",
    ],
)
def test_valid_identity_card_numbers_pass(number):
    assert id_card_check(number) == number.upper()


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("110105194912310021", "id_checksum"),  # last character should be X
        ("11010519491331002X", "id_birth_date"),  # month 13
        ("1101051949123100", "id_format"),  # 16 digits
    ],
)
def test_invalid_identity_card_numbers_are_refused(number, code):
    with pytest.raises(ValidationError) as error:
        id_card_check(number)
    assert error.value.code == code


def test_credit_codes_are_checked_by_gb_32100():
    assert credit_code_check("91350100M000100Y43") == "91350100M000100Y43"
    with pytest.raises(ValidationError):
        credit_code_check("91350100M000100Y44")


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"%PDF-1.7\n", "application/pdf"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 8, "image/png"),
        ("申请书正文".encode(), "text/plain"),
    ],
)
def test_accepted_files_are_recognised_by_content(content, kind):
    assert attachment_check(SimpleUploadedFile("x.bin", content)) == kind


def test_an_executable_renamed_to_pdf_is_refused():
    with pytest.raises(ValidationError) as error:
        attachment_check(SimpleUploadedFile("申请.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 50))
    assert error.value.code == "executable"
