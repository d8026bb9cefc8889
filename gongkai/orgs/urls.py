"""Organisation URLs."""

from django.urls import path

from . import views

app_name = "orgs"
urlpatterns = [
    path("", views.org_list_view, name="list"),
    path("<int:pk>/", views.org_detail_view, name="detail"),
    path("import/", views.org_import_view, name="import"),
    path("import/template.xlsx", views.org_import_template, name="import_template"),
]
