"""Models of proactive disclosure: catalog, items and their versions, lists."""

from .catalog import CatalogEntry, CatalogEntryVersion, Theme
from .items import (
    INTERPRETABLE_KINDS,
    NORMATIVE_KINDS,
    Attachment,
    Attribute,
    ExemptGround,
    Genre,
    InformationItem,
    ItemVersion,
    Kind,
    PrivacyFinding,
    Recognition,
    Review,
    Validity,
)
from .lists import DisclosureList, ListFeedback, ListType, ListVersion, ListVersionStatus
from .privacy import PrivacyRule
from .published import PublishedFile
from .reviews import OPEN_STATUSES, PublicationRequest, RequestStatus

__all__ = [
    "INTERPRETABLE_KINDS",
    "NORMATIVE_KINDS",
    "OPEN_STATUSES",
    "Attachment",
    "Attribute",
    "CatalogEntry",
    "CatalogEntryVersion",
    "DisclosureList",
    "ExemptGround",
    "Genre",
    "InformationItem",
    "ItemVersion",
    "Kind",
    "ListFeedback",
    "ListType",
    "ListVersion",
    "ListVersionStatus",
    "PrivacyFinding",
    "PrivacyRule",
    "PublishedFile",
    "Recognition",
    "PublicationRequest",
    "RequestStatus",
    "Review",
    "Theme",
    "Validity",
]
