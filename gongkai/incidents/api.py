"""REST API of the incidents app: incidents with their release clocks, staff only, read-only.

Incidents are recorded and answered on the office pages; the API reads them for dashboards
and integrations. Each clock carries its due time, when it was met, and its state.
"""

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers, viewsets

from gongkai.core.params import id_param, year_param

from .models import Incident, Release
from .selectors import incident_api_list, incident_clocks, release_list, with_clocks


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
        fields = ["id", "kind", "kind_label", "item", "held_at", "place", "speaker", "public_at"]
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


class IncidentDetailSerializer(IncidentSerializer):
    releases = ReleaseSerializer(many=True, read_only=True, source="release_list")

    class Meta(IncidentSerializer.Meta):
        fields = [*IncidentSerializer.Meta.fields, "description", "releases"]
        read_only_fields = fields


@extend_schema_view(
    list=extend_schema(
        parameters=[
            OpenApiParameter("status", str, description="open, closed or cancelled."),
            OpenApiParameter("org", int, description="Organisation id."),
            OpenApiParameter("year", int, description="Year the incident started."),
        ]
    )
)
class IncidentViewSet(viewsets.ReadOnlyModelViewSet):
    """Emergencies and matters of public concern of the organisations the user may see, with
    their release clocks as of now: for 特别重大、重大突发事件, authoritative information within
    5 hours at the latest and a press conference within 24 hours of the start (国办发〔2016〕
    80号); other matters of public concern answered within 48 hours (国办发〔2016〕61号).
    Staff only; running incidents first."""

    def get_serializer_class(self):
        return IncidentDetailSerializer if self.action == "retrieve" else IncidentSerializer

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
        incident = super().get_object()
        releases = release_list(incident=incident)
        incident.release_list = releases
        incident.clocks = incident_clocks(incident=incident, releases=releases)
        return incident


def register(router) -> None:
    """Register this app's viewsets on the API router."""
    router.register("incidents", IncidentViewSet, basename="incident")
