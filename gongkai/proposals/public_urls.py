"""Public pages of published replies to suggestions and proposals."""

app_name = "proposals_public"

urlpatterns: list = []
