"""Public pages of published replies to suggestions and proposals."""

from django.urls import path

from . import public_views as views

app_name = "proposals_public"

urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.detail, name="detail"),
]
