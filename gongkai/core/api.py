"""REST API of the core app: the audit log (read-only) and the user's notifications."""

from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import AuditEntry, Notification
from .permissions import user_roles
from .selectors import audit_list, notification_list
from .services import notification_mark_read


class AuditEntrySerializer(serializers.ModelSerializer):
    object_type = serializers.CharField(source="content_type.model", read_only=True)

    class Meta:
        model = AuditEntry
        fields = [
            "id", "created_at", "actor_name", "client_ip", "org", "object_type", "object_id",
            "object_repr", "action", "from_state", "to_state", "before", "after", "reason",
        ]  # fmt: skip
        read_only_fields = fields


class AuditEntryViewSet(viewsets.ReadOnlyModelViewSet):
    """The audit log: coordinators and supervisors read it; nobody can change it."""

    serializer_class = AuditEntrySerializer

    def get_queryset(self):
        user = self.request.user
        if not user_roles(user) & {"coordinator", "supervisor"}:
            return AuditEntry.objects.none()
        p = self.request.query_params
        return audit_list(user=user, action=p.get("action", ""), actor=p.get("actor", ""))


class NotificationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Notification
        fields = ["id", "created_at", "title", "body", "url", "kind", "read_at"]
        read_only_fields = fields


class NotificationViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = NotificationSerializer

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema is built without a user
            return Notification.objects.none()
        return notification_list(user=self.request.user)

    @action(detail=True, methods=["post"])
    def read(self, request, pk=None):
        note = self.get_object()  # only the user's own: another's, or none, is not found (404)
        notification_mark_read(user=request.user, pk=note.pk)
        return Response({"read": True})


def register(router) -> None:
    router.register("audit", AuditEntryViewSet, basename="audit")
    router.register("notifications", NotificationViewSet, basename="notification")
