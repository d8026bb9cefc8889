"""How audit entries read on the screen: each app registers its actions and its states.

The audit log stores codes (``application.transition``, ``in_progress``) so that it can be
queried; staff read Chinese (办理中 → 已答复). States are registered per action prefix, because
two apps may use one code for different stages (a task 推进中, a request 办理中).
"""

from collections.abc import Iterable, Mapping

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

_ACTIONS: dict[str, Promise | str] = {}
_STATES: dict[str, dict[str, Promise | str]] = {}


def register_audit_labels(
    prefix: str,
    *,
    actions: Mapping[str, Promise | str] | None = None,
    states: Iterable[tuple[str, Promise | str]] = (),
) -> None:
    """Register the labels of ``prefix``'s actions (full codes) and states (idempotent)."""
    _ACTIONS.update(actions or {})
    _STATES.setdefault(prefix, {}).update(dict(states))


def action_label(action: str) -> Promise | str:
    """The action's label, or a generic one: a code is never shown to staff."""
    if action in _ACTIONS:
        return _ACTIONS[action]
    prefix = action.split(".", 1)[0]
    family = f"{prefix}.{action.split('.')[1]}" if action.count(".") >= 2 else ""
    return _ACTIONS.get(family) or _("Other change")


def state_label(action: str, state: str) -> Promise | str:
    """The label of a state an entry of ``action`` moved from or to."""
    if not state:
        return ""
    return _STATES.get(action.split(".", 1)[0], {}).get(state, state)


def registered_actions() -> frozenset[str]:
    return frozenset(_ACTIONS)
