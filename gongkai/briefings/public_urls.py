"""Public pages of press conferences, briefings and interpretations (/briefings/)."""

from django.urls import path

from . import public_views

app_name = "briefings_public"

urlpatterns = [path("", public_views.entry_index, name="index")]
