"""Public pages of press conferences, briefings and interpretations."""

app_name = "briefings_public"

urlpatterns: list = []
