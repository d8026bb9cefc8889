"""Every user-facing message has a zh-hans translation."""

from pathlib import Path

import polib

import gongkai


def test_zh_hans_catalogs_are_complete():
    root = Path(gongkai.__file__).parent
    catalogs = sorted(root.glob("*/locale/zh_Hans/LC_MESSAGES/django.po"))
    assert catalogs, "no catalogs found"
    missing = []
    for path in catalogs:
        po = polib.pofile(str(path))
        missing += [f"{path.parent.parent.parent.parent.name}: {e.msgid}" for e in
                    po.untranslated_entries() + po.fuzzy_entries()]  # fmt: skip
    assert not missing, f"{len(missing)} msgids lack a zh-hans translation, e.g. {missing[:5]}"
