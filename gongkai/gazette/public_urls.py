"""Public pages of the government gazette: by year and issue."""

app_name = "gazette_public"

urlpatterns: list = []
