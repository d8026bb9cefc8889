"""Database helpers every service uses: row locks with transition checks, partial updates."""

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from django.db import models
from django.utils.translation import gettext as _

from .errors import DomainError

M = TypeVar("M", bound=models.Model)


def lock(obj: M) -> M:
    """Re-read ``obj`` with a row lock (SELECT … FOR UPDATE) and copy fresh values onto it."""
    fresh = type(obj)._default_manager.select_for_update().get(pk=obj.pk)
    for field in obj._meta.concrete_fields:
        setattr(obj, field.attname, getattr(fresh, field.attname))
    return obj


def lock_and_check(
    obj: models.Model,
    *,
    to: str,
    table: Mapping[str, Iterable[str]],
    field: str = "status",
    labels: Mapping[str, str] | None = None,
) -> str:
    """Lock the row and check that ``field`` may move to ``to``; return the state before."""
    lock(obj)
    before = getattr(obj, field)
    if to not in set(table.get(before, ())):
        choices = labels or {}
        raise DomainError(
            _("“%(object)s” cannot move from “%(before)s” to “%(after)s”.")
            % {
                "object": str(obj),
                "before": choices.get(before, before),
                "after": choices.get(to, to),
            },
            code="transition_not_allowed",
        )
    return before


def model_update(obj: M, **changes: Any) -> list[str]:
    """Set the changed fields, validate, save only those; return the names that changed."""
    changed = [name for name, value in changes.items() if getattr(obj, name) != value]
    for name in changed:
        setattr(obj, name, changes[name])
    if changed:
        obj.full_clean()
        fields = list(changed)
        if any(f.name == "updated_at" for f in obj._meta.fields):
            fields.append("updated_at")
        obj.save(update_fields=fields)
    return changed


def next_serial(queryset: models.QuerySet, field: str, prefix: str, *, width: int = 5) -> str:
    """Return ``prefix`` followed by the next serial after the highest ``field`` so numbered.

    Numbers look like ``<prefix><serial>`` with the serial zero-padded to ``width``; the caller
    writes under a unique constraint and retries when a concurrent writer took the same number.
    """
    last = (
        queryset.filter(**{f"{field}__startswith": prefix})
        .order_by(f"-{field}")
        .values_list(field, flat=True)
        .first()
    )
    serial = int(last[len(prefix) :]) + 1 if last else 1
    return f"{prefix}{serial:0{width}d}"
