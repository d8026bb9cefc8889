"""Back-office shell URLs."""

from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

app_name = "core"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", views.PasswordChangeView.as_view(), name="password_change"),
    path("password/done/", views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("audit/", views.audit_view, name="audit_list"),
    path("notifications/", views.notification_view, name="notification_list"),
    path("notifications/read/", views.notification_read, name="notification_read"),
]
