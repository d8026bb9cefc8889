"""REST API of the participation app: published consultations and messages, read-only, public.

Comments and the writers' names and contacts are never serialised; messages expose only their
masked public copies.
"""

from rest_framework import serializers, viewsets
from rest_framework.permissions import AllowAny

from .models import Consultation, Message, OpinionGroup
from .selectors import consultation_public_list, message_public_list


class OpinionSerializer(serializers.ModelSerializer):
    decision_label = serializers.CharField(source="get_decision_display")

    class Meta:
        model = OpinionGroup
        fields = ["summary", "decision", "decision_label", "reason"]


class ConsultationSerializer(serializers.ModelSerializer):
    org = serializers.CharField(source="org.name")
    status_label = serializers.CharField(source="get_status_display")
    url = serializers.CharField(source="get_public_url")

    class Meta:
        model = Consultation
        fields = [
            "id", "title", "org", "status", "status_label", "starts_on", "ends_on",
            "published_on", "url",
        ]  # fmt: skip


class ConsultationDetailSerializer(ConsultationSerializer):
    opinions = OpinionSerializer(many=True, read_only=True)

    class Meta(ConsultationSerializer.Meta):
        fields = [
            *ConsultationSerializer.Meta.fields, "draft", "basis", "feedback_method",
            "outcome_summary", "outcome_published_on", "comments_received", "opinions",
        ]  # fmt: skip


class PublicConsultationViewSet(viewsets.ReadOnlyModelViewSet):
    """Consultations on draft decisions (意见征集) as the portal shows them; no comments."""

    permission_classes = [AllowAny]

    def get_serializer_class(self):
        if self.action == "retrieve":
            return ConsultationDetailSerializer
        return ConsultationSerializer

    def get_queryset(self):
        qs = consultation_public_list(status=self.request.query_params.get("status") or None)
        return qs.prefetch_related("opinions")


class MessageSerializer(serializers.ModelSerializer):
    """A published question and its reply: masked, without the writer's name or contact."""

    org = serializers.CharField(source="org.name")
    subject = serializers.CharField(source="public_subject")
    content = serializers.CharField(source="public_content")
    reply = serializers.CharField(source="public_reply")
    url = serializers.CharField(source="get_public_url")

    class Meta:
        model = Message
        fields = ["id", "number", "org", "subject", "content", "reply", "published_at", "url"]


class PublicMessageViewSet(viewsets.ReadOnlyModelViewSet):
    """Published messages of the message box (留言信箱) with their replies."""

    permission_classes = [AllowAny]
    serializer_class = MessageSerializer

    def get_queryset(self):
        return message_public_list()


def register(router) -> None:
    """Register this app's viewsets on the API router."""
    router.register(
        "participation/consultations", PublicConsultationViewSet, basename="consultation"
    )
    router.register("participation/messages", PublicMessageViewSet, basename="public-message")
