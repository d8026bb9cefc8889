"""Calendar URLs."""

from django.urls import path

from . import views

app_name = "workdays"
urlpatterns = [
    path("", views.calendar_overview, name="overview"),
    path("<int:year>/", views.calendar_year, name="year"),
    path("load/", views.calendar_load, name="load"),
    path("day/", views.calendar_day, name="day"),
]
