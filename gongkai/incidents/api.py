"""REST API of the incidents app: incidents with their release clocks, staff only.

Dashboards and integrations read incidents with their clocks; each clock carries its due time,
when it was met, and its state. Those who may record incidents on the office pages (the
organisation's coordinators and editors) may also record one here, link the releases that meet
its clocks, and close, reopen or cancel it, through the same services and state table.
"""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from gongkai.core.apiwrites import RecordField, service_errors
from gongkai.core.errors import DomainError
from gongkai.core.params import date_in_range, id_param, year_param
from gongkai.orgs.models import Organisation
from gongkai.publishing.models import InformationItem

from .models import Incident, Release
from .selectors import (
    incident_api_list,
    incident_clocks,
    incident_follow_up,
    incident_get,
    linkable_items,
    release_list,
    with_clocks,
)
from .services import (
    incident_cancel,
    incident_close,
    incident_record,
    incident_reopen,
    press_conference_record,
    release_link_item,
    release_remove,
)
from .states import IncidentKind, ReleaseKind, Severity


class ClockSerializer(serializers.Serializer):
    key = serializers.CharField(help_text="authoritative, press_conference or response.")
    label = serializers.CharField()
    hours = serializers.IntegerField()
    starts_at = serializers.DateTimeField()
    due_at = serializers.DateTimeField()
    met_at = serializers.DateTimeField(allow_null=True)
    state = serializers.CharField(help_text="running, met, late, overdue or stopped.")
    state_label = serializers.CharField()
    minutes = serializers.IntegerField(
        help_text="Minutes left while running, minutes past due when overdue; 0 otherwise."
    )
    is_late = serializers.SerializerMethodField()
    is_overdue = serializers.BooleanField()

    def get_is_late(self, obj) -> bool:
        """Met, but after the due time."""
        return obj.state == "late"


class ReleaseSerializer(serializers.ModelSerializer):
    kind_label = serializers.CharField(source="get_kind_display")
    public_at = serializers.DateTimeField(allow_null=True)

    class Meta:
        model = Release
        fields = [
            "id", "kind", "kind_label", "item", "held_at", "place", "speaker", "by_head",
            "public_at",
        ]  # fmt: skip
        read_only_fields = fields


class IncidentSerializer(serializers.ModelSerializer):
    org_name = serializers.CharField(source="org.name")
    kind_label = serializers.CharField(source="get_kind_display")
    severity_label = serializers.CharField(source="get_severity_display")
    status_label = serializers.CharField(source="get_status_display")
    clocks = ClockSerializer(many=True, read_only=True)

    class Meta:
        model = Incident
        fields = [
            "id", "org", "org_name", "title", "kind", "kind_label", "severity",
            "severity_label", "started_at", "created_at", "status", "status_label",
            "closed_at", "clocks",
        ]  # fmt: skip
        read_only_fields = fields


class FollowUpSerializer(serializers.Serializer):
    releases = serializers.IntegerField(help_text="Releases made public since the start.")
    last_at = serializers.DateTimeField(allow_null=True)
    hours_since = serializers.IntegerField(help_text="Whole hours since the last release.")
    interval_hours = serializers.IntegerField(
        help_text="The office's own interval between releases (the law sets none)."
    )
    head_spoke = serializers.BooleanField()
    due = serializers.BooleanField(
        help_text="Running, and no release for longer than the interval."
    )


class IncidentDetailSerializer(IncidentSerializer):
    releases = ReleaseSerializer(many=True, read_only=True, source="release_list")
    follow_up = FollowUpSerializer(
        read_only=True,
        allow_null=True,
        help_text="Continuing releases of a 特别重大/重大 emergency (国办发〔2016〕80号); "
        "null for others.",
    )

    class Meta(IncidentSerializer.Meta):
        fields = [*IncidentSerializer.Meta.fields, "description", "releases", "follow_up"]
        read_only_fields = fields


def _with_releases(incident: Incident) -> Incident:
    releases = release_list(incident=incident)
    incident.release_list = releases
    incident.clocks = incident_clocks(incident=incident, releases=releases)
    incident.follow_up = incident_follow_up(incident=incident, releases=releases)
    return incident


def _in_range(value, field: str):
    try:
        date_in_range(value.date() if hasattr(value, "date") else value, field=field)
    except DomainError as exc:
        raise serializers.ValidationError(exc.message) from exc
    return value


class IncidentRecordSerializer(serializers.Serializer):
    """An incident to record; its clocks start at ``started_at``."""

    org = RecordField(queryset=Organisation.objects.all(), help_text="Organisation id.")
    title = serializers.CharField(max_length=200)
    kind = serializers.ChoiceField(choices=IncidentKind.choices)
    severity = serializers.ChoiceField(
        choices=Severity.choices,
        default=Severity.OTHER,
        help_text="Only an emergency has a severity; any other matter is recorded as other.",
    )
    started_at = serializers.DateTimeField(
        help_text="When it happened or came to notice (ISO 8601; without an offset, Beijing "
        "time); not in the future."
    )
    description = serializers.CharField(required=False, allow_blank=True, default="")

    def validate_started_at(self, value):
        return _in_range(value, "started_at")


class LinkItemSerializer(serializers.Serializer):
    item = RecordField(
        queryset=InformationItem.objects.none(),
        help_text="Id of an information item of the incident's organisation or below, written or "
        "published since the incident began and not yet linked.",
    )
    kind = serializers.ChoiceField(choices=ReleaseKind.choices)
    by_head = serializers.BooleanField(
        required=False,
        default=False,
        help_text="A head of the organisation speaks (主要负责人带头主动发声, 国办发〔2016〕80号).",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        incident, request = self.context.get("incident"), self.context.get("request")
        if incident is not None and request is not None:  # what the office page offers
            self.fields["item"].queryset = linkable_items(incident=incident, user=request.user)


class PressConferenceSerializer(serializers.Serializer):
    held_at = serializers.DateTimeField(
        help_text="When it was held (ISO 8601); not before the start, not in the future."
    )
    place = serializers.CharField(max_length=200)
    speaker = serializers.CharField(max_length=100, required=False, allow_blank=True, default="")
    by_head = serializers.BooleanField(
        required=False,
        default=False,
        help_text="A head of the organisation speaks (主要负责人带头主动发声, 国办发〔2016〕80号).",
    )

    def validate_held_at(self, value):
        return _in_range(value, "held_at")


class ReasonSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=500, help_text="Why, for the audit log.")


#: The status actions: the service, and what the schema says of each.
STATUS_ACTIONS = {
    "close": (
        incident_close,
        "Close a running incident: its clocks stop; a clock still unmet past its due time "
        "stays overdue.",
    ),
    "reopen": (
        incident_reopen,
        "Reopen a closed incident when public concern flares up again: its clocks run again.",
    ),
    "cancel": (
        incident_cancel,
        "Mark a running incident as recorded in error (误登记); it stays so.",
    ),
}

STATUS_DOC = """ A reason is required and kept in the audit log. A move the incident's status does
not allow (a cancelled incident reopened, a closed one closed again) answers 409 with the two
states named; only the organisation's coordinators and editors may act (403 otherwise)."""

WRITE_DOC = """Only the organisation's coordinators and editors may write (403 otherwise); an
incident of an organisation the user cannot see is not found (404). Each write is kept in the
audit log."""


@extend_schema_view(
    create=extend_schema(
        summary="Record an incident",
        description="Record an emergency or a matter of public concern with its start; its "
        "clocks start then: for 特别重大、重大突发事件, authoritative information within 5 hours "
        "and a press conference within 24 hours (国办发〔2016〕80号); every matter answered within "
        "48 hours (国办发〔2016〕61号). " + WRITE_DOC,
        request=IncidentRecordSerializer,
        responses={201: IncidentDetailSerializer},
    ),
    list=extend_schema(
        parameters=[
            OpenApiParameter("status", str, description="open, closed or cancelled."),
            OpenApiParameter("org", int, description="Organisation id."),
            OpenApiParameter("year", int, description="Year the incident started."),
        ]
    ),
)
class IncidentViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Emergencies and matters of public concern of the organisations the user may see, with
    their release clocks as of now: for 特别重大、重大突发事件, authoritative information within
    5 hours at the latest and a press conference within 24 hours of the start (国办发〔2016〕
    80号); other matters of public concern answered within 48 hours (国办发〔2016〕61号).
    Staff only; running incidents first."""

    def get_serializer_class(self):
        return {
            "retrieve": IncidentDetailSerializer,
            "create": IncidentRecordSerializer,
            "link": LinkItemSerializer,
            "press_conference": PressConferenceSerializer,
            "close": ReasonSerializer,
            "reopen": ReasonSerializer,
            "cancel": ReasonSerializer,
        }.get(self.action, IncidentSerializer)

    def get_queryset(self):
        params = self.request.query_params
        return incident_api_list(
            user=self.request.user,
            status=params.get("status", ""),
            org_id=id_param(params.get("org")),
            year=year_param(params.get("year")),
        )

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        return with_clocks(list(page)) if page is not None else None

    def get_object(self) -> Incident:
        return _with_releases(super().get_object())

    def _detail(self, pk: int, *, code=status.HTTP_200_OK) -> Response:
        """The incident as it stands after a write, with its releases and clocks."""
        incident = _with_releases(incident_get(user=self.request.user, pk=pk))
        return Response(IncidentDetailSerializer(incident).data, status=code)

    def _input(self, request, **context):
        serializer = self.get_serializer(
            data=request.data, context={**self.get_serializer_context(), **context}
        )
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data

    def create(self, request, *args, **kwargs):
        data = dict(self._input(request))
        with service_errors():
            incident = incident_record(actor=request.user, **data)
        return self._detail(incident.pk, code=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Link an information item as a release",
        description="Link an item as authoritative information, a press conference or another "
        "response: its first publication, at or after the start, meets the clocks of its kind "
        "(an item not yet published counts once it is). Only while the incident is running (409 "
        "otherwise). " + WRITE_DOC,
        request=LinkItemSerializer,
        responses={201: IncidentDetailSerializer},
    )
    @action(detail=True, methods=["post"])
    def link(self, request, pk=None):
        incident = self.get_object()
        data = self._input(request, incident=incident)
        with service_errors():
            release_link_item(incident=incident, actor=request.user, **data)
        return self._detail(incident.pk, code=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Record a press conference",
        description="Record a press conference (新闻发布会) by its time and place; it meets the "
        "24-hour clock of a 特别重大、重大突发事件 (国办发〔2016〕80号). Only while the incident "
        "is running (409 otherwise). " + WRITE_DOC,
        request=PressConferenceSerializer,
        responses={201: IncidentDetailSerializer},
    )
    @action(detail=True, methods=["post"], url_path="press-conference")
    def press_conference(self, request, pk=None):
        incident = self.get_object()
        data = self._input(request)
        with service_errors():
            press_conference_record(incident=incident, actor=request.user, **data)
        return self._detail(incident.pk, code=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Take back a release recorded by mistake",
        description="Remove a linked item or a press conference from the incident while it is "
        "running (409 otherwise); the audit log keeps what it was, so the record of what met a "
        "clock is never lost. " + WRITE_DOC,
        parameters=[
            OpenApiParameter(
                "release_id", int, OpenApiParameter.PATH, description="The release's id."
            )
        ],
        request=None,
        responses={200: IncidentDetailSerializer},
    )
    @action(detail=True, methods=["delete"], url_path=r"releases/(?P<release_id>[0-9]{1,18})")
    def remove_release(self, request, pk=None, release_id=None):
        incident = self.get_object()
        release = get_object_or_404(incident.releases, pk=int(release_id))
        with service_errors():
            release_remove(release=release, actor=request.user)
        return self._detail(incident.pk)

    def _move(self, request, name: str) -> Response:
        incident = self.get_object()
        reason = self._input(request)["reason"]
        service, _doc = STATUS_ACTIONS[name]
        with service_errors():
            service(incident=incident, actor=request.user, reason=reason)
        return self._detail(incident.pk)

    @extend_schema(
        summary="Close an incident",
        description=STATUS_ACTIONS["close"][1] + STATUS_DOC,
        request=ReasonSerializer,
        responses={200: IncidentDetailSerializer},
    )
    @action(detail=True, methods=["post"])
    def close(self, request, pk=None):
        return self._move(request, "close")

    @extend_schema(
        summary="Reopen an incident",
        description=STATUS_ACTIONS["reopen"][1] + STATUS_DOC,
        request=ReasonSerializer,
        responses={200: IncidentDetailSerializer},
    )
    @action(detail=True, methods=["post"])
    def reopen(self, request, pk=None):
        return self._move(request, "reopen")

    @extend_schema(
        summary="Mark an incident as recorded in error",
        description=STATUS_ACTIONS["cancel"][1] + STATUS_DOC,
        request=ReasonSerializer,
        responses={200: IncidentDetailSerializer},
    )
    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        return self._move(request, "cancel")


def register(router) -> None:
    """Register this app's viewsets on the API router."""
    router.register("incidents", IncidentViewSet, basename="incident")
