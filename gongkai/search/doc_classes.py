"""公文种类 from a document's 文号 (PUB-GENRE-1), for the search's 公文种类 facet.

PUB-GENRE-1 lists the State Council's categories: 国令, 国发, 国函, 国发明电, 国办发, 国办函,
国办发明电, 其他. They are the 文号's prefix (机关代字 and kind) before the year, and an order of
the State Council (中华人民共和国国务院令 第722号) is 国令. A local agency's documents are
classed the same way by their own prefix (云卫发, 云卫办函, 云政发明电); a document without a
文号 in that form is 其他.
"""

import re
import unicodedata

STATE_COUNCIL = ("国令", "国发", "国函", "国发明电", "国办发", "国办函", "国办发明电")
OTHER = "其他"
MAX_CHARS = 12

_PREFIX = re.compile(rf"^([\u4e00-\u9fff]{{1,{MAX_CHARS}}}?)[〔\[(【]?(?:19|20)\d\d")


def doc_class(doc_number: str) -> str:
    """Return the 公文种类 of a 文号 (其他 when it has none)."""
    number = "".join(unicodedata.normalize("NFKC", doc_number or "").split())
    if "国务院令" in number or number.startswith("国令"):
        return "国令"
    m = _PREFIX.match(number)
    return m.group(1) if m else OTHER


def sort_key(value: str) -> tuple[int, int, str]:
    """Order classes as PUB-GENRE-1 lists them, then the others by name, 其他 last."""
    if value in STATE_COUNCIL:
        return (0, STATE_COUNCIL.index(value), "")
    return (2 if value == OTHER else 1, 0, value)
