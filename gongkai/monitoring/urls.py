"""Back-office pages of website monitoring (网站监管)."""

from django.urls import path

from . import views

app_name = "monitoring"

urlpatterns = [
    path("", views.sites, name="sites"),
    path("sites/<int:pk>/", views.site, name="site"),
    path("sites/<int:pk>/progress/", views.site_progress, name="site_progress"),
    path("sites/<int:pk>/check/", views.site_check, name="site_check"),
    path("sites/<int:pk>/edit/", views.site_edit, name="site_edit"),
    path("sites/<int:pk>/veto/", views.manual_veto, name="manual_veto"),
    path(
        "sites/<int:pk>/columns/<int:column_pk>/remove/", views.column_remove, name="column_remove"
    ),
    path("index/", views.index, name="index"),
    path("accounts/", views.accounts, name="accounts"),
    path("accounts/<int:pk>/", views.account_edit, name="account_edit"),
    path("report/", views.report, name="report"),
    path("report/file.docx", views.report_docx, name="report_docx"),
    path("report/submit", views.report_submit, name="report_submit"),
]
