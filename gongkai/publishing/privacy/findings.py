"""Finding dataclass, kind labels and the error type of the privacy scanner."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

ID_NUMBER = "id_number"
ID_NUMBER_SUSPECT = "id_number_suspect"
PHONE = "phone"
BANK_CARD = "bank_card"
EMAIL = "email"
NAME = "name"
ADDRESS = "address"
IM_ACCOUNT = "im_account"
PUBLIC_CONTACT = "public_contact"

#: Chinese labels shown to staff, one per kind.
KIND_LABELS: dict[str, str] = {
    ID_NUMBER: "身份证号",
    ID_NUMBER_SUSPECT: "疑似身份证号（校验位不符）",
    PHONE: "电话号码",
    BANK_CARD: "银行卡号",
    EMAIL: "电子邮箱",
    NAME: "姓名",
    ADDRESS: "住址",
    IM_ACCOUNT: "微信号、QQ号",
    PUBLIC_CONTACT: "机关公开联系方式（不自动遮盖）",
}

#: Kinds that are reported as certain personal data (masked unless the reviewer keeps them).
CERTAIN_KINDS: frozenset[str] = frozenset(
    {ID_NUMBER, PHONE, BANK_CARD, EMAIL, NAME, ADDRESS, IM_ACCOUNT}
)

#: Kinds planned but not detected yet (passports, 军官证).
FUTURE_KINDS: tuple[str, ...] = ("passport", "officer_id")

#: When two candidates overlap, the kind listed first wins.
KIND_PRIORITY: tuple[str, ...] = (
    ID_NUMBER,
    ID_NUMBER_SUSPECT,
    BANK_CARD,
    EMAIL,
    PHONE,
    PUBLIC_CONTACT,
    IM_ACCOUNT,
    ADDRESS,
    NAME,
)


class PrivacyError(Exception):
    """A file or a set of findings cannot be handled; the message is in Chinese for staff."""


@dataclass(frozen=True)
class Finding:
    """One piece of personal data found in a text, with offsets into that text."""

    kind: str
    text: str
    start: int
    end: int
    masked: str
    confidence: float = 1.0
    subkind: str = ""

    @property
    def label(self) -> str:
        """Chinese label of the kind."""
        return KIND_LABELS.get(self.kind, self.kind)

    def to_dict(self) -> dict[str, Any]:
        """Serialise for JSON (the workflow stores findings and hands them back to mask_*)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        """Rebuild a finding stored with to_dict()."""
        try:
            return cls(
                kind=str(data["kind"]),
                text=str(data["text"]),
                start=int(data["start"]),
                end=int(data["end"]),
                masked=str(data["masked"]),
                confidence=float(data.get("confidence", 1.0)),
                subkind=str(data.get("subkind", "")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise PrivacyError(f"发现项数据不完整：{exc}") from exc
