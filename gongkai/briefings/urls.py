"""Back-office pages of the press and interpretation ledger (/office/briefings/)."""

from django.urls import path

from . import views

app_name = "briefings"

urlpatterns = [
    path("", views.overview_view, name="overview"),
    path("entries/", views.entry_list_view, name="entry_list"),
    path("entries/new/", views.entry_form_view, name="entry_create"),
    path("entries/import/", views.entry_import_view, name="entry_import"),
    path("entries/import/template.xlsx", views.import_template_view, name="import_template"),
    path("entries/<int:pk>/", views.entry_form_view, name="entry_edit"),
    path("entries/<int:pk>/delete/", views.entry_delete_view, name="entry_delete"),
    path("checks/new/", views.check_form_view, name="check_create"),
    path("checks/adopt/", views.checks_adopt_view, name="checks_adopt"),
    path("checks/<int:pk>/delete/", views.check_delete_view, name="check_delete"),
]
