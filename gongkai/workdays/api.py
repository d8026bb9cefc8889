"""REST API of the calendar: ask for working-day arithmetic and list loaded years."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from gongkai.core.errors import BadRequestError, DomainError
from gongkai.core.params import date_in_range

from .selectors import current_calendar


def _date_in_range(day):
    try:
        return date_in_range(day)
    except BadRequestError as exc:
        raise serializers.ValidationError(exc.message) from exc


class AddQuerySerializer(serializers.Serializer):
    start = serializers.DateField(validators=[_date_in_range])
    days = serializers.IntegerField(min_value=-400, max_value=400)


class AddResultSerializer(serializers.Serializer):
    start = serializers.DateField()
    days = serializers.IntegerField()
    result = serializers.DateField()


class BetweenQuerySerializer(serializers.Serializer):
    start = serializers.DateField(validators=[_date_in_range])
    end = serializers.DateField(validators=[_date_in_range])


class CalendarViewSet(viewsets.ViewSet):
    """Working-day arithmetic on the platform's calendar, counted as 《条例》第三十三条 counts
    days: holidays and adjusted working days (调休) as the State Council publishes them."""

    # CAL-WD-1, CAL-COUNT-1. The docstring is the API page's description: no rule IDs there.

    @extend_schema(parameters=[AddQuerySerializer], responses=AddResultSerializer)
    @action(detail=False, methods=["get"])
    def add(self, request):
        query = AddQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        start, days = query.validated_data["start"], query.validated_data["days"]
        try:
            result = current_calendar().add_workdays(start, days)
        except DomainError as exc:
            return Response({"detail": exc.message, "code": exc.code}, status=409)
        return Response({"start": start, "days": days, "result": result})

    @extend_schema(parameters=[BetweenQuerySerializer], responses={200: dict})
    @action(detail=False, methods=["get"])
    def between(self, request):
        query = BetweenQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        start, end = query.validated_data["start"], query.validated_data["end"]
        try:
            count = current_calendar().workdays_between(start, end)
        except DomainError as exc:
            return Response({"detail": exc.message, "code": exc.code}, status=409)
        return Response({"start": start, "end": end, "workdays": count})


def register(router) -> None:
    router.register("calendar", CalendarViewSet, basename="calendar")
