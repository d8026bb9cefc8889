"""Public URLs of disclosure requests: the application form and the private tracking page."""

from django.urls import path

from .views import public as views

app_name = "apply"
urlpatterns = [
    path("", views.apply_guide, name="guide"),
    path("form/", views.apply_form, name="form"),
    path("received/<str:token>/", views.apply_received, name="received"),
    path("track/", views.track_lookup, name="lookup"),
    path("track/<str:token>/", views.track, name="track"),
    path("track/<str:token>/letter.<str:fmt>", views.track_letter, name="track_letter"),
    path("track/<str:token>/files/<int:pk>/", views.track_attachment, name="track_file"),
    path(
        "track/<str:token>/notices/<int:pk>.<str:fmt>",
        views.track_notice,
        name="track_notice",
    ),
]
