"""Public pages of the government gazette: by year and issue."""

from django.urls import path

from .views import public as views

app_name = "gazette_public"

urlpatterns = [
    path("", views.index_view, name="index"),
    path("<int:year>/", views.year_view, name="year"),
    path("issue/<int:pk>/", views.issue_view, name="issue"),
    path("issue/<int:pk>/pdf/", views.issue_pdf_view, name="issue_pdf"),
]
