"""Public URLs of proactively disclosed information."""

app_name = "info"
urlpatterns: list = []
