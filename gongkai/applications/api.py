"""REST API of the applications app: staff read requests they may see, and the statistics."""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from gongkai.orgs.models import Organisation
from gongkai.orgs.selectors import visible_org_ids

from .models import Application
from .selectors import (
    application_list,
    application_remedy_statistics,
    application_statistics,
)


class ApplicationSerializer(serializers.ModelSerializer):
    org = serializers.CharField(source="org.name")
    received_on = serializers.DateField(read_only=True)
    status_label = serializers.CharField(source="get_status_display")

    class Meta:
        model = Application
        fields = [
            "id",
            "number",
            "org",
            "received_on",
            "channel",
            "applicant_type",
            "status",
            "status_label",
            "due_on",
            "due_missing_year",
            "outcome",
            "withholding_ground",
            "concluded_on",
            "description",
            "imported",
            "register_number",
        ]


class StatisticsQuerySerializer(serializers.Serializer):
    org = serializers.IntegerField()
    year = serializers.IntegerField(min_value=2008, max_value=2100)


class ApplicationViewSet(viewsets.ReadOnlyModelViewSet):
    """Disclosure requests of the organisations the user may see (no applicant identity data)."""

    serializer_class = ApplicationSerializer

    def get_queryset(self):
        params = self.request.query_params
        return application_list(
            user=self.request.user,
            status=params.get("status") or None,
            overdue=params.get("overdue") in {"1", "true"},
        )

    @extend_schema(
        parameters=[
            OpenApiParameter("org", int, required=True),
            OpenApiParameter("year", int, required=True),
        ],
        responses={200: dict},
    )
    @action(detail=False, methods=["get"])
    def statistics(self, request):
        """Tables 三 (2021 format) and 四 (under "remedies") of one agency's annual report on
        disclosure requests, 《条例》第五十条."""
        # AR-T3, AR-T4. The docstring is the API page's description: no rule IDs there.
        query = StatisticsQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        org_id = query.validated_data["org"]
        if org_id not in visible_org_ids(user=request.user):
            raise NotFound
        org, year = Organisation.objects.get(pk=org_id), query.validated_data["year"]
        table = application_statistics(org=org, year=year)
        return Response({**table, "remedies": application_remedy_statistics(org=org, year=year)})


def register(router) -> None:
    """Register this app's viewsets on the API router."""
    router.register("applications", ApplicationViewSet, basename="application")
