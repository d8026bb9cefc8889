"""Index numbers (索引号) of published items, PUB-INDEX-1: ``{机构代码}/{YYYY}-{serial:05d}``,
one series per organisation and year, given at the first publication and kept for good."""

from gongkai.core.db import next_serial

from ..models import InformationItem


def org_code(org) -> str:
    """The organisation's registered code, or a platform code until one is registered."""
    return (org.code or "").strip() or f"GK{org.pk:07d}"


def index_number_assign(*, item: InformationItem, year: int) -> str:
    """Give ``item`` its 索引号 ``{机构代码}/{YYYY}-{serial:05d}`` (PUB-INDEX-1), once, for good."""
    if item.index_number:
        return item.index_number
    serial = next_serial(f"publishing.index_number:{item.org_id}/{year}")
    return f"{org_code(item.org)}/{year}-{serial:05d}"
