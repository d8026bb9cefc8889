"""REST API of the publishing app: public items for anyone, drafts and workflow for staff."""

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from gongkai.core.apiwrites import service_errors
from gongkai.core.params import year_param
from gongkai.orgs.models import Organisation

from .models import InformationItem
from .selectors import item_list, item_public_get, item_public_list
from .services import ITEM_FIELDS, item_create, item_publish, item_submit, item_update


class PublicItemSerializer(serializers.ModelSerializer):
    """What the public page shows: the latest published version's metadata and masked body."""

    org = serializers.CharField(source="org.name")
    theme = serializers.SerializerMethodField()
    validity_label = serializers.CharField(source="get_validity_display")
    url = serializers.CharField(source="get_public_url")

    class Meta:
        model = InformationItem
        fields = [
            "id", "index_number", "title", "kind", "org", "doc_number", "written_on",
            "published_on", "theme", "genre", "validity", "validity_label", "keywords",
            "summary", "url",
        ]  # fmt: skip

    def get_theme(self, obj: InformationItem) -> str:
        return str(obj.theme) if obj.theme_id else ""


class PublicItemDetailSerializer(PublicItemSerializer):
    body = serializers.SerializerMethodField()
    version = serializers.SerializerMethodField()
    interprets = serializers.IntegerField(source="interprets_id", allow_null=True)

    class Meta(PublicItemSerializer.Meta):
        fields = [*PublicItemSerializer.Meta.fields, "body", "version", "interprets"]

    def _version(self, obj: InformationItem):
        return obj.versions.order_by("-number").first()

    def get_body(self, obj: InformationItem) -> str:
        return self._version(obj).body

    def get_version(self, obj: InformationItem) -> int:
        return self._version(obj).number


class PublicItemViewSet(viewsets.ReadOnlyModelViewSet):
    """Published information items (主动公开), filterable by kind, year, validity and text."""

    permission_classes = [AllowAny]

    def get_serializer_class(self):
        return PublicItemDetailSerializer if self.action == "retrieve" else PublicItemSerializer

    @extend_schema(
        parameters=[
            OpenApiParameter("kind", str),
            OpenApiParameter("year", int),
            OpenApiParameter("validity", str),
            OpenApiParameter("q", str),
        ]
    )
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    def get_queryset(self):
        params = self.request.query_params
        return item_public_list(
            {
                "kind": params.get("kind", ""),
                "year": year_param(params.get("year")),
                "validity": params.get("validity", ""),
                "q": params.get("q", "").strip(),
            }
        )

    def get_object(self):
        item, _version = item_public_get(pk=int(self.kwargs["pk"]))  # digits: gongkai.api.Router
        return item


class StaffItemSerializer(serializers.ModelSerializer):
    org = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.all())

    class Meta:
        model = InformationItem
        fields = ["id", "org", "status", "index_number", "due_on", *ITEM_FIELDS]
        read_only_fields = ["status", "index_number", "due_on"]
        extra_kwargs = {"formed_on": {"required": False}}

    def validate(self, attrs):
        """Leave the model rules to the services (they raise DomainError, shown as JSON)."""
        return attrs


REFUSALS_DOC = """A role without the right answers 403; a field the rules refuse answers 400 naming
the field; each with the service's message."""


@extend_schema_view(
    create=extend_schema(
        description="Create a draft of an organisation the user edits for (its editors and "
        "coordinators); naming an organisation the user does not edit for answers 403. "
        + REFUSALS_DOC
    ),
    partial_update=extend_schema(
        description="Change the working copy of a draft, or of a published item being amended. "
        "An item under review or published, not open to edits, answers 409. " + REFUSALS_DOC
    ),
)
class StaffItemViewSet(
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.ReadOnlyModelViewSet,
):
    """Working copies of the items a staff user may see; writes go through the services."""

    serializer_class = StaffItemSerializer
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        params = self.request.query_params
        return item_list(
            user=self.request.user, kind=params.get("kind", ""), status=params.get("status", "")
        )

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        org = data.pop("org")
        with service_errors():
            serializer.instance = item_create(org=org, actor=self.request.user, fields=data)

    def perform_update(self, serializer):
        data = dict(serializer.validated_data)
        data.pop("org", None)
        with service_errors():
            serializer.instance = item_update(
                item=serializer.instance, actor=self.request.user, fields=data
            )

    @extend_schema(request=None, responses={200: dict})
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        """Send the item to confidentiality review; returns how many findings the scan made.

        Only the organisation's editors and coordinators may submit (403 otherwise); an item
        whose status does not allow the move answers 409; a missing summary or reason 400.
        """
        item = self.get_object()
        with service_errors():
            count = item_submit(item=item, actor=request.user)
        return Response({"findings": count})

    @extend_schema(request=None, responses={201: dict, 202: dict})
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        """Publish an approved item; returns the version number and the index number.

        Where scanned files are masked first, the item waits in ``masking`` and the answer is
        202 with ``{"status": "masking"}``; it is published once the masked files are ready.
        Only the organisation's coordinators may publish (403 otherwise); an item not approved
        in the confidentiality review answers 409.
        """
        item = self.get_object()
        with service_errors():
            version = item_publish(item=item, actor=request.user)
        if version is None:
            return Response({"status": item.status}, status=status.HTTP_202_ACCEPTED)
        return Response(
            {"version": version.number, "index_number": item.index_number},
            status=status.HTTP_201_CREATED,
        )


def register(router) -> None:
    """Register this app's viewsets on the API router."""
    router.register("info/items", PublicItemViewSet, basename="info-item")
    router.register("publishing/items", StaffItemViewSet, basename="publishing-item")
