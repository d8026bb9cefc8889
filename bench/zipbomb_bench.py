"""Benchmark: how long the readers take to refuse Office zip bombs (run by hand).

    DJANGO_SETTINGS_MODULE=gongkai.settings.test python bench/zipbomb_bench.py

Builds (1) a .docx whose document.xml is 100 MB of spaces (declared honestly) and (2) the same
with its declared size forged to 1 kB and the limit at 64 MB, then times the plan parser on each.
"""

import io
import os
import struct
import sys
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings.test")

import django  # noqa: E402

django.setup()

from gongkai.plans.parsing import parse_document  # noqa: E402
from gongkai.plans.parsing.errors import ParseError  # noqa: E402

MB = 1024 * 1024


def bomb(megabytes: int, forge: int | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(megabytes):
                member.write(b" " * MB)
    data = bytearray(buf.getvalue())
    if forge is not None:
        for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
            pos = data.find(sig)
            while pos != -1:
                struct.pack_into("<I", data, pos + off, forge)
                pos = data.find(sig, pos + 4)
    return bytes(data)


for label, data in (("declared 100 MB", bomb(100)), ("forged to 1 kB", bomb(100, forge=1024))):
    start = time.perf_counter()
    try:
        parse_document(data, "bomb.docx")
        outcome = "parsed (!)"
    except ParseError as exc:
        outcome = exc.message
    took = time.perf_counter() - start
    print(f"{label}: {len(data) // 1024} kB, refused in {took:.3f} s: {outcome}")
