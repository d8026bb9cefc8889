"""Back-office pages of incidents and their release timers."""

app_name = "incidents"

urlpatterns: list = []
