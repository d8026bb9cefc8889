"""REST API of the plans app: plans, tasks and progress reports, visibility first."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, parsers, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from gongkai.core.apiwrites import service_errors
from gongkai.core.params import id_param

from . import services
from .models import Plan, ProgressReport, Task, TaskUnit
from .selectors import plan_list, task_get, task_my_list, task_visible_list


class TaskUnitSerializer(serializers.ModelSerializer):
    class Meta:
        model = TaskUnit
        fields = ["name", "org", "is_lead"]
        read_only_fields = fields


class TaskSerializer(serializers.ModelSerializer):
    units = TaskUnitSerializer(many=True, read_only=True)

    class Meta:
        model = Task
        fields = [
            "id",
            "plan",
            "path",
            "title",
            "content",
            "deadline_text",
            "due_on",
            "recurrence",
            "status",
            "completed_on",
            "upper_task",
            "units",
        ]
        read_only_fields = fields


class PlanSerializer(serializers.ModelSerializer):
    task_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Plan
        fields = [
            "id",
            "org",
            "title",
            "year",
            "status",
            "source_name",
            "upper_plan",
            "task_count",
            "created_at",
        ]
        read_only_fields = fields


class ProgressReportSerializer(serializers.ModelSerializer):
    attachment = serializers.FileField(required=False, write_only=True)

    class Meta:
        model = ProgressReport
        fields = [
            "id",
            "task",
            "org",
            "author",
            "reported_on",
            "text",
            "attachment",
            "attachment_name",
            "created_at",
        ]
        read_only_fields = ["id", "org", "author", "attachment_name", "created_at"]


class PlanViewSet(viewsets.ReadOnlyModelViewSet):
    """Work plans of the organisations the user may see."""

    serializer_class = PlanSerializer

    def get_queryset(self):
        return plan_list(user=self.request.user).order_by("-created_at")

    @action(detail=True, methods=["get"])
    def tasks(self, request, pk=None):
        plan = self.get_object()
        qs = plan.tasks.prefetch_related("units").order_by("position")
        return Response(TaskSerializer(qs, many=True).data)


def _visible_tasks(user):
    return task_visible_list(user=user).prefetch_related("units").order_by("plan", "position")


class TaskViewSet(viewsets.ReadOnlyModelViewSet):
    """Tasks the user may see; ``?mine=1`` lists those dispatched to the user's units."""

    serializer_class = TaskSerializer

    def get_queryset(self):
        qs = _visible_tasks(self.request.user)
        if self.request.query_params.get("mine"):
            qs = qs.filter(pk__in=task_my_list(user=self.request.user).values("pk"))
        plan = self.request.query_params.get("plan")
        if id_param(plan) is not None:
            qs = qs.filter(plan_id=id_param(plan))
        return qs


@extend_schema_view(
    create=extend_schema(
        description="Report progress on a task for one of its units, through the same service "
        "as the office form. Only a unit responsible for the task may report (403 otherwise); a "
        "task not dispatched or already finished answers 409; a report dated in the future or "
        "without text answers 400; each with the service's message."
    )
)
class ProgressReportViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    """Progress reports on visible tasks; POST reports progress through the same service."""

    serializer_class = ProgressReportSerializer
    parser_classes = [parsers.MultiPartParser, parsers.FormParser, parsers.JSONParser]

    def get_queryset(self):
        tasks = _visible_tasks(self.request.user).values("pk")
        qs = ProgressReport.objects.filter(task__in=tasks).order_by("-reported_on", "-pk")
        task = self.request.query_params.get("task")
        if id_param(task) is not None:
            qs = qs.filter(task_id=id_param(task))
        return qs

    def perform_create(self, serializer):
        data = serializer.validated_data
        task = task_get(user=self.request.user, pk=data["task"].pk)
        with service_errors():
            serializer.instance = services.progress_report_add(
                task=task,
                actor=self.request.user,
                text=data["text"],
                reported_on=data["reported_on"],
                attachment=data.get("attachment"),
            )


def register(router) -> None:
    """Register this app's viewsets on the API router."""
    router.register("plans", PlanViewSet, basename="plan")
    router.register("tasks", TaskViewSet, basename="task")
    router.register("progress-reports", ProgressReportViewSet, basename="progress-report")
