"""Back-office URLs of the participation app (/office/participation/)."""

from django.urls import path

from .views import office as views

app_name = "participation"
urlpatterns = [
    path("", views.consultation_list_view, name="consultation_list"),
    path("new/", views.consultation_form_view, name="consultation_create"),
    path("<int:pk>/", views.consultation_detail_view, name="consultation_detail"),
    path("<int:pk>/edit/", views.consultation_form_view, name="consultation_edit"),
    path(
        "<int:pk>/publish/",
        views.consultation_action_view,
        {"action": "publish"},
        name="consultation_publish",
    ),
    path("<int:pk>/close/", views.consultation_close_view, name="consultation_close"),
    path(
        "<int:pk>/review/",
        views.consultation_action_view,
        {"action": "review"},
        name="consultation_review",
    ),
    path(
        "<int:pk>/outcome/publish/",
        views.consultation_action_view,
        {"action": "outcome_publish"},
        name="consultation_outcome_publish",
    ),
    path("<int:pk>/outcome/", views.consultation_outcome_view, name="consultation_outcome"),
    path("messages/", views.message_list_view, name="message_list"),
    path("messages/<int:pk>/", views.message_detail_view, name="message_detail"),
    path("messages/<int:pk>/review/", views.message_review_view, name="message_review"),
    path("messages/<int:pk>/publish/", views.message_publish_view, name="message_publish"),
    path("messages/<int:pk>/withdraw/", views.message_withdraw_view, name="message_withdraw"),
]
