"""Back-office pages of the annual report."""

from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("annual/", views.annual_preview, name="annual"),
    path("annual/figures/", views.figures_edit, name="figures"),
    path("annual/texts/", views.narrative_edit, name="texts"),
    path("annual/fees/", views.fee_items_edit, name="fees"),
    path("annual/file.<str:fmt>", views.annual_file, name="file"),
]
