"""Back-office pages of website monitoring (网站监管)."""

app_name = "monitoring"

urlpatterns: list = []
