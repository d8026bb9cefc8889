"""Models of proactive disclosure: catalog, items and their versions, lists."""

from .catalog import CatalogEntry, CatalogEntryVersion, Theme
from .items import (
    INTERPRETABLE_KINDS,
    NORMATIVE_KINDS,
    Attachment,
    Attribute,
    ExemptGround,
    Genre,
    IndexCounter,
    InformationItem,
    ItemVersion,
    Kind,
    PrivacyFinding,
    Recognition,
    Review,
    Validity,
)
from .lists import DisclosureList, ListFeedback, ListType, ListVersion
from .privacy import PrivacyRule

__all__ = [
    "INTERPRETABLE_KINDS",
    "NORMATIVE_KINDS",
    "Attachment",
    "Attribute",
    "CatalogEntry",
    "CatalogEntryVersion",
    "DisclosureList",
    "ExemptGround",
    "Genre",
    "IndexCounter",
    "InformationItem",
    "ItemVersion",
    "Kind",
    "ListFeedback",
    "ListType",
    "ListVersion",
    "PrivacyFinding",
    "PrivacyRule",
    "Recognition",
    "Review",
    "Theme",
    "Validity",
]
