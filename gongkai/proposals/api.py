"""REST API of the proposals app: the records for staff, the published replies for anyone.

The deputies' and members' contact details and the reply's copy list (抄送范围) are never in a
list, never in the public part, and in a record's detail only for whoever may read them on the
office's record page (PLAN-PROPOSAL-1).
"""

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers, viewsets
from rest_framework.permissions import AllowAny

from gongkai.core.params import id_param, year_param

from .models import Proposal
from .privacy import strip_private
from .selectors import contacts_visible, proposal_get, proposal_list, public_get, public_list

YEAR_PARAM = OpenApiParameter("year", int, description="Year of the session.")
KIND_PARAM = OpenApiParameter(
    "kind", str, description="suggestion (人大代表建议) or proposal (政协委员提案)."
)


class ProposalSerializer(serializers.ModelSerializer):
    """A record as the office's list shows it: no contact details, no copy list."""

    org_name = serializers.CharField(source="org.name")
    kind_label = serializers.CharField(source="get_kind_display")
    status_label = serializers.CharField(source="get_status_display")
    is_overdue = serializers.BooleanField(read_only=True)

    class Meta:
        model = Proposal
        fields = [
            "id", "org", "org_name", "kind", "kind_label", "session", "number", "year",
            "authors", "title", "received_on", "deadline", "status", "status_label",
            "is_overdue", "replied_on", "reply_doc_number", "publish_mode", "published_on",
            "item",
        ]  # fmt: skip
        read_only_fields = fields


class ProposalDetailSerializer(ProposalSerializer):
    """One record with its co-handling units and reply; ``contacts`` and ``copy_to`` are null
    for a caller who may not read them."""

    contacts = serializers.SerializerMethodField()
    copy_to = serializers.SerializerMethodField()
    reply_text = serializers.SerializerMethodField()

    class Meta(ProposalSerializer.Meta):
        fields = [
            *ProposalSerializer.Meta.fields, "co_orgs", "reply_text", "public_summary",
            "contacts", "copy_to",
        ]  # fmt: skip
        read_only_fields = fields

    def _may(self, obj: Proposal) -> bool:
        if not hasattr(obj, "_contacts_visible"):
            user = self.context["request"].user
            obj._contacts_visible = contacts_visible(user=user, proposal=obj)
        return obj._contacts_visible

    def get_reply_text(self, obj: Proposal) -> str:
        """The reply letter as written; without its contact and copy-list lines for a caller
        who may not read them."""
        if self._may(obj):
            return obj.reply_text
        return strip_private(obj.reply_text, contacts=obj.contacts, copy_to=obj.copy_to)

    def get_contacts(self, obj: Proposal) -> str | None:
        return obj.contacts if self._may(obj) else None

    def get_copy_to(self, obj: Proposal) -> str | None:
        return obj.copy_to if self._may(obj) else None


@extend_schema_view(
    list=extend_schema(
        parameters=[
            YEAR_PARAM,
            KIND_PARAM,
            OpenApiParameter("status", str, description="received, handling, replied, published."),
            OpenApiParameter("org", int, description="Lead handling unit's id."),
            OpenApiParameter("overdue", bool, description="Only unanswered past the deadline."),
        ]
    )
)
class ProposalViewSet(viewsets.ReadOnlyModelViewSet):
    """Deputies' suggestions and members' proposals (人大代表建议、政协委员提案) led or co-handled
    by the organisations the user may see. Lists never carry the deputies' contact details; a
    record's detail carries them, with the copy list, only for those who may read them in the
    back office: replies are published without them."""

    def get_serializer_class(self):
        return ProposalDetailSerializer if self.action == "retrieve" else ProposalSerializer

    def get_queryset(self):
        params = self.request.query_params
        qs = proposal_list(
            user=self.request.user,
            year=year_param(params.get("year")),
            kind=params.get("kind", ""),
            status=params.get("status", ""),
            overdue=params.get("overdue") in {"1", "true"},
        )
        org_id = id_param(params.get("org"))
        return qs.filter(org_id=org_id) if org_id else qs

    def get_object(self) -> Proposal:
        return proposal_get(user=self.request.user, pk=int(self.kwargs["pk"]))


class PublicReplySerializer(serializers.ModelSerializer):
    """A published reply as the portal shows it: the version the reviewer approved, masked."""

    org_name = serializers.CharField(source="org.name")
    kind_label = serializers.CharField(source="get_kind_display")
    publish_mode_label = serializers.CharField(source="get_publish_mode_display")
    url = serializers.CharField(source="get_public_url")
    item_url = serializers.CharField(source="item.get_public_url")

    class Meta:
        model = Proposal
        fields = [
            "id", "kind", "kind_label", "session", "number", "year", "title", "org_name",
            "publish_mode", "publish_mode_label", "published_on", "url", "item_url",
        ]  # fmt: skip
        read_only_fields = fields


class PublicReplyDetailSerializer(PublicReplySerializer):
    reply_title = serializers.CharField(source="version.title")
    index_number = serializers.SerializerMethodField()
    doc_number = serializers.SerializerMethodField()
    body = serializers.CharField(source="version.body", help_text="HTML, as reviewed.")

    class Meta(PublicReplySerializer.Meta):
        fields = [
            *PublicReplySerializer.Meta.fields, "reply_title", "index_number", "doc_number",
            "body",
        ]  # fmt: skip
        read_only_fields = fields

    def get_index_number(self, obj: Proposal) -> str:
        return obj.version.metadata.get("index_number", "")

    def get_doc_number(self, obj: Proposal) -> str:
        return obj.version.metadata.get("doc_number", "")


@extend_schema_view(list=extend_schema(parameters=[YEAR_PARAM, KIND_PARAM]))
class PublicReplyViewSet(viewsets.ReadOnlyModelViewSet):
    """Reply letters to deputies' suggestions and members' proposals (建议提案办理复文),
    published in full or as a summary after the confidentiality review (《条例》第十七条), without
    the deputies' contact details nor the copy list. Open to anyone."""

    permission_classes = [AllowAny]

    def get_serializer_class(self):
        return PublicReplyDetailSerializer if self.action == "retrieve" else PublicReplySerializer

    def get_queryset(self):
        params = self.request.query_params
        qs = public_list(year=year_param(params.get("year")), kind=params.get("kind", ""))
        return qs.select_related("item")

    def get_object(self) -> Proposal:
        proposal, version = public_get(pk=int(self.kwargs["pk"]))  # digits: gongkai.api.Router
        proposal.version = version
        return proposal


def register(router) -> None:
    """Register this app's viewsets on the API router."""
    router.register("proposals/records", ProposalViewSet, basename="proposal")
    router.register("proposals/replies", PublicReplyViewSet, basename="proposal-reply")
