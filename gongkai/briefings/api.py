"""REST API of the briefings app: the ledger and how each frequency check stands, staff only.

Staff see the organisations they may see (their own and, for coordinators, reviewers and
supervisors, those below). Ledger entries are also written here, by those who may record them on
the office pages (the organisation's coordinators and editors), through the same services and
rules; the organisation's coordinators set and remove its frequency checks here as on the office
pages.
"""

from django.utils import timezone
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from gongkai.core.apiwrites import RecordField, service_errors
from gongkai.core.params import id_param, year_param
from gongkai.orgs.models import Organisation
from gongkai.publishing.models import InformationItem

from .kinds import EntryKind, SpeakerRole
from .models import FrequencyCheck, LedgerEntry
from .selectors import (
    check_list,
    check_result,
    entry_list,
    interpretation_timing,
    linkable_documents,
    public_entries,
)
from .services import (
    ENTRY_FIELDS,
    check_create,
    check_delete,
    entry_create,
    entry_delete,
    entry_update,
)

ORG_PARAM = OpenApiParameter(
    "org", int, description="Organisation id: its records and those of its internal units."
)
YEAR_PARAM = OpenApiParameter("year", int, description="Calendar year.")


class LedgerEntrySerializer(serializers.ModelSerializer):
    org_name = serializers.CharField(source="org.name")
    kind_label = serializers.CharField(source="get_kind_display")
    speaker_role_label = serializers.CharField(source="get_speaker_role_display")
    interpretation_timing = serializers.SerializerMethodField()

    class Meta:
        model = LedgerEntry
        fields = [
            "id", "org", "org_name", "kind", "kind_label", "held_on", "topic", "speaker",
            "speaker_title", "speaker_role", "speaker_role_label", "policy", "material",
            "material_url", "interpretation_timing",
        ]  # fmt: skip
        read_only_fields = fields

    def get_interpretation_timing(self, obj: LedgerEntry) -> str:
        """ "on_time", "late" or "" (not an interpretation of a published document)."""
        return interpretation_timing(obj)


class LedgerEntryWriteSerializer(serializers.ModelSerializer):
    """What a client sends to record or correct an entry; the service checks the rules."""

    org = RecordField(
        queryset=Organisation.objects.all(),
        help_text="Organisation id; set when the entry is recorded, not changed afterwards.",
    )
    policy = RecordField(
        queryset=InformationItem.objects.none(),
        allow_null=True,
        required=False,
        help_text="Id of the published policy document interpreted (required for an "
        "interpretation).",
    )
    material = RecordField(
        queryset=InformationItem.objects.none(),
        allow_null=True,
        required=False,
        help_text="Id of the published material on this platform (transcript, interpretation).",
    )

    class Meta:
        model = LedgerEntry
        fields = ["org", *ENTRY_FIELDS]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        user = getattr(request, "user", None)
        if user is not None:  # the documents the office form offers
            documents = linkable_documents(user=user)
            self.fields["policy"].queryset = documents
            self.fields["material"].queryset = documents
        if self.instance is not None:
            self.fields["org"].read_only = True


ENTRY_WRITE_DOC = """Writes go through the same rules as the office form: the date cannot lie in
the future; an interpretation (政策解读) names the policy document it explains, which counts
against the three working days (文件公开后3个工作日内); published material that interprets a
document must name that document. Only the organisation's coordinators and editors may write
(403 otherwise); an entry of an organisation the user cannot see is not found (404). Each write
is kept in the audit log."""


@extend_schema_view(
    list=extend_schema(
        parameters=[ORG_PARAM, YEAR_PARAM, OpenApiParameter("kind", str, description="Kind.")]
    ),
    create=extend_schema(
        summary="Record a ledger entry",
        description=ENTRY_WRITE_DOC,
        request=LedgerEntryWriteSerializer,
        responses={201: LedgerEntrySerializer},
    ),
    partial_update=extend_schema(
        summary="Correct a ledger entry",
        description=ENTRY_WRITE_DOC + " The audit log keeps what the entry said before.",
        request=LedgerEntryWriteSerializer,
        responses={200: LedgerEntrySerializer},
    ),
    destroy=extend_schema(
        summary="Remove a ledger entry recorded by mistake",
        description="The audit log keeps what the entry said. Only the organisation's "
        "coordinators and editors may remove it.",
    ),
)
class LedgerEntryViewSet(
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.ReadOnlyModelViewSet,
):
    """The ledger of press conferences, policy briefings, online interviews and interpretations
    (新闻发布会、政策吹风会、在线访谈、政策解读) of the organisations the user may see.

    ``interpretation_timing`` tells whether an interpretation came within three working days of
    its document's publication (文件公开后3个工作日内).
    """

    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_serializer_class(self):
        if self.action in {"create", "partial_update", "update"}:
            return LedgerEntryWriteSerializer
        return LedgerEntrySerializer

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        org = data.pop("org")
        with service_errors():
            entry = entry_create(org=org, actor=request.user, **data)
        return Response(LedgerEntrySerializer(entry).data, status=status.HTTP_201_CREATED)

    def update(self, request, *args, **kwargs):
        entry = self.get_object()
        serializer = self.get_serializer(entry, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        with service_errors():
            entry = entry_update(entry=entry, actor=request.user, **serializer.validated_data)
        return Response(LedgerEntrySerializer(entry).data)

    def destroy(self, request, *args, **kwargs):
        entry = self.get_object()
        with service_errors():
            entry_delete(entry=entry, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    def get_queryset(self):
        params = self.request.query_params
        return entry_list(
            user=self.request.user,
            org_id=id_param(params.get("org")),
            year=year_param(params.get("year")),
            kind=params.get("kind", ""),
        ).select_related("policy", "material")


class PeriodSerializer(serializers.Serializer):
    label = serializers.CharField(source="span.label")
    start = serializers.DateField(source="span.start")
    end = serializers.DateField(source="span.end")
    count = serializers.IntegerField()
    state = serializers.CharField()
    state_label = serializers.CharField()


class FrequencyCheckSerializer(serializers.ModelSerializer):
    org_name = serializers.CharField(source="org.name")
    period_label = serializers.CharField(source="get_period_display")
    state = serializers.SerializerMethodField()
    state_label = serializers.SerializerMethodField()
    periods = serializers.SerializerMethodField()

    class Meta:
        model = FrequencyCheck
        fields = [
            "id", "org", "org_name", "year", "title", "kinds", "roles", "minimum", "period",
            "period_label", "basis", "state", "state_label", "periods",
        ]  # fmt: skip
        read_only_fields = fields

    def _result(self, obj: FrequencyCheck):
        if not hasattr(obj, "_result"):
            obj._result = check_result(obj, today=timezone.localdate())
        return obj._result

    def get_state(self, obj: FrequencyCheck) -> str:
        """ "done", "due" or "missed": missed once any period ended unmet."""
        return self._result(obj).state

    def get_state_label(self, obj: FrequencyCheck) -> str:
        return str(self._result(obj).state_label)

    @extend_schema_field(PeriodSerializer(many=True))
    def get_periods(self, obj: FrequencyCheck) -> list:
        return PeriodSerializer(self._result(obj).periods, many=True).data


class FrequencyCheckWriteSerializer(serializers.ModelSerializer):
    """What a client sends to hold an organisation to a frequency; the service checks the rules."""

    org = RecordField(queryset=Organisation.objects.all(), help_text="Organisation id.")
    kinds = serializers.ListField(
        child=serializers.ChoiceField(EntryKind.choices),
        allow_empty=False,
        help_text="The kinds of release that count.",
    )
    roles = serializers.ListField(
        child=serializers.ChoiceField(SpeakerRole.choices),
        required=False,
        default=list,
        help_text="Who must speak for a release to count; anyone when empty.",
    )
    minimum = serializers.IntegerField(
        min_value=1, max_value=32767, help_text="At least so many in each period."
    )

    class Meta:
        model = FrequencyCheck
        fields = ["org", "year", "title", "kinds", "roles", "minimum", "period", "basis"]
        validators = []  # a repeated title is refused by the service, naming the field


@extend_schema_view(
    list=extend_schema(parameters=[ORG_PARAM, YEAR_PARAM]),
    create=extend_schema(
        summary="Hold an organisation to a frequency",
        description="The frequencies the year's disclosure work points (政务公开工作要点) set, "
        "as on the office page: only the organisation's coordinators may set its "
        "requirements (403 otherwise); a requirement of the same title in the same year is "
        "refused (400 on title). Kept in the audit log.",
        request=FrequencyCheckWriteSerializer,
        responses={201: FrequencyCheckSerializer},
    ),
    destroy=extend_schema(
        summary="Remove a frequency requirement",
        description="Only the organisation's coordinators may remove it; the audit log keeps "
        "what it required.",
    ),
)
class FrequencyCheckViewSet(
    mixins.CreateModelMixin, mixins.DestroyModelMixin, viewsets.ReadOnlyModelViewSet
):
    """The frequencies each organisation is held to in a year and how each stands today, period
    by period: press conferences at least once a quarter, the principal head attending at least
    once a year, and the heads interpreting important policies in person (主要负责人作为
    “第一解读人”), as the year's disclosure work points set them. A period is done once met, due
    while it runs, missed once it ended unmet.
    """

    http_method_names = ["get", "post", "delete", "head", "options"]

    def get_serializer_class(self):
        if self.action == "create":
            return FrequencyCheckWriteSerializer
        return FrequencyCheckSerializer

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        with service_errors():
            check = check_create(actor=request.user, **data)
        return Response(FrequencyCheckSerializer(check).data, status=status.HTTP_201_CREATED)

    def destroy(self, request, *args, **kwargs):
        check = self.get_object()
        with service_errors():
            check_delete(check=check, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    def get_queryset(self):
        params = self.request.query_params
        return check_list(
            user=self.request.user,
            org_id=id_param(params.get("org")),
            year=year_param(params.get("year")),
        )


class PublicLedgerEntrySerializer(serializers.ModelSerializer):
    """An entry as the portal lists it: only with material the public can open."""

    org_name = serializers.CharField(source="org.name")
    kind_label = serializers.CharField(source="get_kind_display")
    material = serializers.SerializerMethodField()
    policy = serializers.SerializerMethodField()

    class Meta:
        model = LedgerEntry
        fields = [
            "id", "held_on", "kind", "kind_label", "org_name", "topic", "speaker",
            "speaker_title", "material", "material_url", "policy",
        ]  # fmt: skip
        read_only_fields = fields

    def get_material(self, obj: LedgerEntry) -> int | None:
        """The published material's id (``/api/info/items/{id}/``), while it is public."""
        return obj.material_id if obj.material_id and obj.material.is_public else None

    def get_policy(self, obj: LedgerEntry) -> int | None:
        """The interpreted document's id, while it is public."""
        return obj.policy_id if obj.policy_id and obj.policy.is_public else None


@extend_schema_view(list=extend_schema(parameters=[YEAR_PARAM]))
class PublicLedgerEntryViewSet(viewsets.ReadOnlyModelViewSet):
    """Press conferences, policy briefings, online interviews and interpretations whose material
    the public can open (a published item or a link), newest first, open to anyone: the
    releases through which proactively disclosed information is also made public (《条例》第二十三条
    names 新闻发布会)."""

    permission_classes = [AllowAny]
    serializer_class = PublicLedgerEntrySerializer

    def get_queryset(self):
        return public_entries(year=year_param(self.request.query_params.get("year"))).order_by(
            "-held_on", "-id"
        )


def register(router) -> None:
    """Register this app's viewsets on the API router."""
    router.register("briefings/entries", LedgerEntryViewSet, basename="briefing-entry")
    router.register("briefings/checks", FrequencyCheckViewSet, basename="briefing-check")
    router.register(
        "briefings/public-entries", PublicLedgerEntryViewSet, basename="briefing-public-entry"
    )
