"""Public URLs of disclosure requests: the application form and the private tracking page."""

app_name = "apply"
urlpatterns: list = []
