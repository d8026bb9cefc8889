"""What the API's write endpoints share: a service's refusal as an HTTP answer, record fields.

The services check roles, rules and transitions and raise ``DomainError``; under ``/api/`` the
middleware would answer every refusal with 400. A write endpoint calls its service inside
``service_errors()`` instead, so that the client can tell the cases apart, each with the
service's own Chinese message:

* not the caller's to do (``PermissionDeniedError``): 403 ``{"detail", "code"}``;
* a status change the record's table does not allow, or a change to a record whose status no
  longer allows it: 409 ``{"detail", "code"}``. The codes (``STATE_CODES``):
  ``transition_not_allowed`` (the state table refuses the move), ``not_draft`` (a published
  gazette issue, a consultation no longer a draft), ``not_running`` (an incident no longer
  running), ``not_editable`` (an information item under review or published, not open to
  edits), ``not_approved`` (an item not approved in the confidentiality review cannot be
  published), ``task_not_open`` (progress on a task not dispatched or already finished),
  ``task_completed`` (a completed task re-assigned), ``plan_closed`` (a closed plan's ledger),
  ``referred`` (a review already referred upward), ``not_pending`` (a version no longer waiting
  for publication), ``not_published`` (withdrawing what is not published);
* a rule about one field: 400 ``{"<field>": ["…"]}``, as a serializer names a field;
* any other rule: 400 ``{"detail", "code"}``.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers, status
from rest_framework.exceptions import APIException, PermissionDenied

from .errors import DomainError, PermissionDeniedError

#: The codes of refusals that depend on the record's status, not on what was sent.
STATE_CODES = frozenset(
    {
        "transition_not_allowed",
        "not_draft",
        "not_running",
        "not_editable",
        "not_approved",
        "task_not_open",
        "task_completed",
        "plan_closed",
        "referred",
        "not_pending",
        "not_published",
    }
)


class Conflict(APIException):
    """The record is not in a state that allows the action (409)."""

    status_code = status.HTTP_409_CONFLICT
    default_code = "conflict"


def _body(exc: DomainError) -> dict:
    return {"detail": exc.message, "code": exc.code}


@contextmanager
def service_errors() -> Iterator[None]:
    """Turn a service's refusal into the API's answer (see the module's description)."""
    try:
        yield
    except PermissionDeniedError as exc:
        raise PermissionDenied(_body(exc)) from exc
    except DomainError as exc:
        if exc.code in STATE_CODES:
            raise Conflict(_body(exc)) from exc
        if exc.field:
            raise serializers.ValidationError({exc.field: [exc.message]}) from exc
        raise serializers.ValidationError(_body(exc)) from exc
    except DjangoValidationError as exc:  # a model's full_clean() in the service
        raise serializers.ValidationError(serializers.as_serializer_error(exc)) from exc


class RecordField(serializers.PrimaryKeyRelatedField):
    """A record by its id: anything that is not an id the database can hold is "not found"
    (400 naming the field), never a database overflow."""

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, int | str):
            self.fail("incorrect_type", data_type=type(data).__name__)
        text = str(data).strip()
        if not (text.isascii() and text.isdigit() and len(text) <= 18 and 0 < int(text)):
            self.fail("does_not_exist", pk_value=data)
        return super().to_internal_value(int(text))
