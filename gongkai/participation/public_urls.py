"""Public URLs of consultations (意见征集) and the message box (留言信箱)."""

from django.urls import path
from django.views.generic import RedirectView

from .views import public as views

app_name = "participate"
urlpatterns = [
    # The section's own address leads to its first page rather than to nothing.
    path("", RedirectView.as_view(pattern_name="participate:consultations"), name="index"),
    path("consultations/", views.consultation_index, name="consultations"),
    path("consultations/<int:pk>/", views.consultation_view, name="consultation"),
    path("messages/", views.message_index, name="messages"),
    path("messages/write/", views.message_write, name="message_write"),
    path("messages/<int:pk>/", views.message_view, name="message"),
    path("messages/track/<str:token>/", views.message_track, name="message_track"),
]
