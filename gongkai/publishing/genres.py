"""An item's 公文种类 (PUB-GENRE-1) when staff leave it empty: the genre its title ends with.

Official titles name their genre last (关于……的通知, ……管理办法的批复); one that names none is
filed as 其他, never silently as 通知.
"""

import re

from .models import Genre

#: Trailing notes that follow the genre word: （征求意见稿）, （试行）, 〔2024〕 …
_TRAILER = re.compile(r"[（(【\[〔][^）)】\]〕]*[）)】\]〕]\s*$")

_ENDINGS = [
    ("命令", Genre.ORDER),
    ("令", Genre.ORDER),
    ("决定", Genre.DECISION),
    ("通知", Genre.NOTICE),
    ("通告", Genre.PUBLIC_NOTICE),
    ("公告", Genre.ANNOUNCEMENT),
    ("意见", Genre.OPINION),
    ("批复", Genre.REPLY),
    ("报告", Genre.REPORT),
    ("复函", Genre.LETTER),
    ("函", Genre.LETTER),
    ("纪要", Genre.MINUTES),
    ("解读", Genre.INTERPRETATION),
]


def genre_from_title(title: str) -> str:
    text = (title or "").strip().rstrip("。.")
    while True:
        shorter = _TRAILER.sub("", text).strip()
        if shorter == text:
            break
        text = shorter
    for ending, genre in _ENDINGS:
        if text.endswith(ending):
            return genre
    return Genre.OTHER
