"""Back-office pages of incidents and their release timers (/office/incidents/)."""

from django.urls import path

from . import views

app_name = "incidents"

urlpatterns = [
    path("", views.incident_list_view, name="list"),
    path("new/", views.incident_create_view, name="create"),
    path("running/clocks/", views.running_clocks_view, name="running_clocks"),
    path("<int:pk>/", views.incident_detail_view, name="detail"),
    path("<int:pk>/clocks/", views.incident_clocks_view, name="clocks"),
    path("<int:pk>/link/", views.release_link_view, name="link"),
    path(
        "<int:pk>/releases/<int:release_pk>/remove/",
        views.release_remove_view,
        name="release_remove",
    ),
    path("<int:pk>/press-conference/", views.press_conference_view, name="press_conference"),
    path("<int:pk>/close/", views.incident_status_view, {"action": "close"}, name="close"),
    path("<int:pk>/cancel/", views.incident_status_view, {"action": "cancel"}, name="cancel"),
    path("<int:pk>/reopen/", views.incident_status_view, {"action": "reopen"}, name="reopen"),
]
