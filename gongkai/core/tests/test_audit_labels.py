"""Every action the source records in the audit log has a label: staff never read a code."""

import ast
import re
from pathlib import Path

import gongkai
from gongkai.core.audit_labels import action_label, registered_actions

ROOT = Path(gongkai.__file__).parent
CODE = re.compile(r"[a-z_]+\.[a-z_.]+")
ONLY_IN_TESTS = ("demo.", "test.")


def _assigned_to_action(node) -> set[str]:
    """Codes assigned to a variable named ``action`` (``to, action = …, "a.x"``), later passed
    on as ``action=action``."""
    if not isinstance(node, ast.Assign):
        return set()
    found = set()
    for target in node.targets:
        pairs = (
            zip(target.elts, node.value.elts, strict=False)
            if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple)
            else [(target, node.value)]
        )
        for name, value in pairs:
            if (
                isinstance(name, ast.Name)
                and name.id == "action"
                and isinstance(value, ast.Constant)
                and isinstance(value.value, str)
                and CODE.fullmatch(value.value)
            ):
                found.add(value.value)
    return found


def _action_arguments() -> tuple[set[str], set[str]]:
    """The codes passed as ``action=`` anywhere outside the tests, and the f-string patterns.

    Every string in the argument counts, so ``"a.x" if new else "a.y"`` yields both codes; an
    f-string yields a pattern whose placeholders stand for any code part.
    """
    codes: set[str] = set()
    patterns: set[str] = set()
    for path in ROOT.rglob("*.py"):
        if {"tests", "migrations"} & set(path.relative_to(ROOT).parts):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            codes |= _assigned_to_action(node)
            if not isinstance(node, ast.Call):
                continue
            for keyword in node.keywords:
                if keyword.arg != "action":
                    continue
                parts = list(ast.walk(keyword.value))
                in_fstrings = {
                    id(v) for p in parts if isinstance(p, ast.JoinedStr) for v in p.values
                }
                for part in parts:
                    if id(part) in in_fstrings:
                        continue
                    if isinstance(part, ast.JoinedStr):
                        patterns.add(
                            "".join(
                                re.escape(v.value) if isinstance(v, ast.Constant) else "[a-z_]+"
                                for v in part.values
                            )
                        )
                    elif (
                        isinstance(part, ast.Constant)
                        and isinstance(part.value, str)
                        and CODE.fullmatch(part.value)
                    ):
                        codes.add(part.value)
    codes = {c for c in codes if not c.startswith(ONLY_IN_TESTS)}
    return codes, patterns


def test_every_audited_action_in_the_source_has_a_label():
    codes, patterns = _action_arguments()
    # The scan finds the actions of every app, including both arms of a conditional.
    assert {"publishing.item_return", "publishing.catalog_change", "task.transition"} <= codes
    assert {c.split(".")[0] for c in codes} >= {
        "application", "calendar", "indicator", "membership", "org", "participation", "plan",
        "portal", "publishing", "task", "user",
    }  # fmt: skip
    registered = registered_actions()
    missing = sorted(codes - registered)
    assert not missing, f"audit actions without a label (shown as 其他操作): {missing}"
    for pattern in patterns:
        assert any(re.fullmatch(pattern, code) for code in registered), pattern


def test_the_labels_are_chinese_and_tell_the_actions_apart():
    from django.utils import translation

    with translation.override("zh-hans"):
        labels = {code: str(action_label(code)) for code in registered_actions()}
    labels = {c: label for c, label in labels.items() if not c.startswith(ONLY_IN_TESTS)}
    english = {c: label for c, label in labels.items() if re.search(r"[A-Za-z]", label)}
    assert not english, f"labels not translated: {english}"
    seen: dict[str, str] = {}
    for code, label in sorted(labels.items()):
        assert label not in seen, f"{code} and {seen[label]} are both “{label}”"
        seen[label] = code
