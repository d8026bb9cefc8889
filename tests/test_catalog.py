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


def test_one_msgid_has_one_translation_across_apps():
    """Django merges the apps' catalogs and the first app listed wins, so a msgid translated
    two ways shows one app's wording on another app's page. A term with two meanings gets a
    context (pgettext, ``{% translate "…" context "…" %}``)."""
    root = Path(gongkai.__file__).parent
    seen: dict[tuple[str | None, str], dict[str, str]] = {}
    for path in sorted(root.glob("*/locale/zh_Hans/LC_MESSAGES/django.po")):
        app = path.parent.parent.parent.parent.name
        for e in polib.pofile(str(path)).translated_entries():
            text = e.msgstr or " | ".join(e.msgstr_plural[k] for k in sorted(e.msgstr_plural))
            seen.setdefault((e.msgctxt, e.msgid), {})[app] = text
    clashes = {key: apps for key, apps in seen.items() if len(set(apps.values())) > 1}
    assert not clashes, f"{len(clashes)} msgids translated differently: " + "; ".join(
        f"{key[1]!r} ({key[0] or 'no context'}): {apps}" for key, apps in list(clashes.items())[:8]
    )


def test_translations_cite_the_law_not_our_rule_ids():
    """Some English msgids keep the rule ID beside the text for maintainers (REQ-DEADLINE-3 …);
    what staff read is the translation, which must drop it (screens cite 《条例》 articles)."""
    import re

    rule_id = re.compile(r"\b(?:REQ|CAL|AR|PUB|PLAN|PORT|MON|PART|EMG)-[A-Z0-9]+")
    root = Path(gongkai.__file__).parent
    shown = []
    for path in sorted(root.glob("*/locale/zh_Hans/LC_MESSAGES/django.po")):
        for e in polib.pofile(str(path)).translated_entries():
            texts = [e.msgstr, *e.msgstr_plural.values()]
            shown += [f"{e.msgid!r}: {t!r}" for t in texts if t and rule_id.search(t)]
    assert not shown, f"translations that show rule IDs: {shown[:5]}"
