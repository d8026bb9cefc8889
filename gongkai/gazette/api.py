"""REST API of the gazette app: published issues and their contents for anyone, every issue of
the organisations a staff user may see for staff. The organisation's coordinators and editors
may add, correct and remove the contents of an issue not yet published, through the same
services as the office page.

The public part gives the text as published (after the confidentiality review); the draft's
text and PDF never leave the office.
"""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from gongkai.core.apiwrites import RecordField, service_errors
from gongkai.core.params import id_param, year_param
from gongkai.publishing.models import InformationItem

from .models import Content, Issue
from .selectors import content_documents, issue_list, public_issue_get, public_issue_list
from .services import content_delete, content_save, gazette_name

YEAR_PARAM = OpenApiParameter("year", int, description="Year of the issue.")
ORG_PARAM = OpenApiParameter("org", int, description="Sponsoring organisation's id.")


class PublicContentSerializer(serializers.ModelSerializer):
    text = serializers.CharField(source="public_text")
    item = serializers.SerializerMethodField()

    class Meta:
        model = Content
        fields = ["id", "order", "title", "issuer", "doc_number", "page", "item", "text"]
        read_only_fields = fields

    def get_item(self, obj: Content) -> int | None:
        """The published document's id (``/api/info/items/{id}/``), while it is public."""
        return obj.item_id if obj.item_id and obj.item.is_public else None


class PublicIssueSerializer(serializers.ModelSerializer):
    org_name = serializers.CharField(source="org.name")
    gazette = serializers.SerializerMethodField()
    label = serializers.CharField()
    content_count = serializers.IntegerField(read_only=True)
    url = serializers.CharField(source="get_public_url")
    pdf_url = serializers.SerializerMethodField()

    class Meta:
        model = Issue
        fields = [
            "id", "org", "org_name", "gazette", "year", "number", "total_number", "label",
            "issued_on", "back_issue", "published_at", "content_count", "url", "pdf_url",
        ]  # fmt: skip
        read_only_fields = fields

    def get_gazette(self, obj: Issue) -> str:
        return gazette_name(obj)

    def get_pdf_url(self, obj: Issue) -> str:
        """The published PDF (masked as the review decided), or "" when there is none."""
        return reverse("gazette_public:issue_pdf", args=[obj.pk]) if obj.public_pdf else ""


class PublicIssueDetailSerializer(PublicIssueSerializer):
    contents = PublicContentSerializer(many=True, read_only=True)
    text = serializers.CharField(
        source="public_text", help_text="The issue's text as published, pages split by form feeds."
    )

    class Meta(PublicIssueSerializer.Meta):
        fields = [*PublicIssueSerializer.Meta.fields, "contents", "text"]
        read_only_fields = fields


@extend_schema_view(list=extend_schema(parameters=[YEAR_PARAM, ORG_PARAM]))
class PublicIssueViewSet(viewsets.ReadOnlyModelViewSet):
    """Published issues of the government gazette (政府公报) and their tables of contents, open to
    anyone: the gazette is a channel of proactive disclosure (《条例》第二十三条). Drafts and
    withdrawn issues are never listed."""

    permission_classes = [AllowAny]

    def get_serializer_class(self):
        return PublicIssueDetailSerializer if self.action == "retrieve" else PublicIssueSerializer

    def get_queryset(self):
        params = self.request.query_params
        return public_issue_list(
            year=year_param(params.get("year")), org_id=id_param(params.get("org"))
        )

    def get_object(self) -> Issue:
        issue = public_issue_get(int(self.kwargs["pk"]))  # digits: gongkai.api.Router
        issue.content_count = issue.contents.count()
        return issue


class ContentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Content
        fields = ["id", "order", "title", "issuer", "doc_number", "page", "item", "text"]
        read_only_fields = fields


class IssueSerializer(serializers.ModelSerializer):
    org_name = serializers.CharField(source="org.name")
    label = serializers.CharField()
    status_label = serializers.CharField(source="get_status_display")
    digitisation_label = serializers.CharField(source="get_digitisation_display")
    content_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Issue
        fields = [
            "id", "org", "org_name", "year", "number", "total_number", "label", "issued_on",
            "back_issue", "status", "status_label", "published_at", "digitisation",
            "digitisation_label", "content_count",
        ]  # fmt: skip
        read_only_fields = fields


class IssueDetailSerializer(IssueSerializer):
    contents = ContentSerializer(many=True, read_only=True)

    class Meta(IssueSerializer.Meta):
        fields = [*IssueSerializer.Meta.fields, "contents", "text"]
        read_only_fields = fields


class ContentWriteSerializer(serializers.Serializer):
    """A content to add to an issue's table of contents (目录), as on the office form."""

    order = serializers.IntegerField(
        min_value=0,
        max_value=32767,
        required=False,
        allow_null=True,
        default=None,
        help_text="Sequence number; after the last content when left out.",
    )
    title = serializers.CharField(max_length=300)
    issuer = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    doc_number = serializers.CharField(max_length=100, required=False, allow_blank=True, default="")
    page = serializers.IntegerField(
        min_value=1,
        max_value=32767,
        required=False,
        allow_null=True,
        default=None,
        help_text="The page it starts on; its share of the issue's text is taken from there.",
    )
    item = RecordField(
        queryset=InformationItem.objects.none(),
        required=False,
        allow_null=True,
        default=None,
        help_text="Id of a published normative document of the organisation or below; its "
        "public page will link to the issue.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        issue = self.context.get("issue")
        if issue is not None:  # what the office form offers
            self.fields["item"].queryset = content_documents(org=issue.org)


@extend_schema_view(
    list=extend_schema(
        parameters=[
            YEAR_PARAM,
            ORG_PARAM,
            OpenApiParameter("status", str, description="draft or published."),
        ]
    )
)
class IssueViewSet(viewsets.ReadOnlyModelViewSet):
    """Every issue of the gazettes of the organisations the user may see, drafts included, with
    the working text and contents. Staff only."""

    def get_serializer_class(self):
        return IssueDetailSerializer if self.action == "retrieve" else IssueSerializer

    def get_queryset(self):
        params = self.request.query_params
        qs = issue_list(
            user=self.request.user,
            year=year_param(params.get("year")),
            status=params.get("status", ""),
        )
        org_id = id_param(params.get("org"))
        qs = qs.filter(org_id=org_id) if org_id else qs
        return qs.order_by("-year", "-number", "-pk")

    @extend_schema(
        summary="Add a content to an issue's table of contents",
        description="Add a document to the table of contents (目录) of an issue not yet "
        "published; its share of the issue's text is taken from its page on. A published issue "
        "is not changed (409): the gazette carries what it published (《条例》第二十三条 names "
        "政府公报 among the ways information is made public). Only the organisation's "
        "coordinators and editors may add (403 otherwise); an issue of an organisation the user "
        "cannot see is not found (404). Kept in the audit log.",
        request=ContentWriteSerializer,
        responses={201: ContentSerializer},
    )
    @action(detail=True, methods=["post"])
    def contents(self, request, pk=None):
        issue = self.get_object()
        serializer = ContentWriteSerializer(
            data=request.data, context={**self.get_serializer_context(), "issue": issue}
        )
        serializer.is_valid(raise_exception=True)
        with service_errors():
            content = content_save(issue=issue, actor=request.user, **serializer.validated_data)
        content.refresh_from_db()
        return Response(ContentSerializer(content).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        methods=["PATCH"],
        summary="Correct a content of an issue's table of contents",
        description="Change the fields given of a content of an issue not yet published; the "
        "shares of the issue's text are taken again. Same rules as adding (409 once published, "
        "403 for users who may not manage the issue, 404 for what the user cannot see). "
        "Kept in the audit log.",
        request=ContentWriteSerializer,
        responses={200: ContentSerializer},
    )
    @extend_schema(
        methods=["DELETE"],
        summary="Remove a content from an issue's table of contents",
        description="Remove a content of an issue not yet published (409 once published). "
        "Kept in the audit log.",
        request=None,
        responses={204: None},
    )
    @action(
        detail=True,
        methods=["patch", "delete"],
        url_path=r"contents/(?P<content_pk>[0-9]+)",
        url_name="content",
    )
    def content(self, request, pk=None, content_pk=None):
        issue = self.get_object()
        content = get_object_or_404(Content, pk=content_pk, issue=issue)
        if request.method == "DELETE":
            with service_errors():
                content_delete(content=content, actor=request.user)
            return Response(status=status.HTTP_204_NO_CONTENT)
        serializer = ContentWriteSerializer(
            data=request.data,
            partial=True,
            context={**self.get_serializer_context(), "issue": issue},
        )
        serializer.is_valid(raise_exception=True)
        with service_errors():
            content = content_save(
                issue=issue, actor=request.user, content=content, **serializer.validated_data
            )
        content.refresh_from_db()
        return Response(ContentSerializer(content).data)


def register(router) -> None:
    """Register this app's viewsets on the API router."""
    router.register("gazette/issues", PublicIssueViewSet, basename="gazette-issue")
    router.register("gazette/office-issues", IssueViewSet, basename="gazette-office-issue")
