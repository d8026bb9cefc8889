"""Back-office URLs of the plans app (mounted at /office/plans/)."""

from django.urls import path

from . import views

app_name = "plans"
urlpatterns = [
    path("", views.plan_list_view, name="list"),
    path("upload/", views.plan_upload_view, name="upload"),
    path("mine/", views.my_tasks_view, name="mine"),
    path("dashboard/", views.dashboard_view, name="dashboard"),
    path("indicators/", views.indicator_weights_view, name="indicators"),
    path("assessment/", views.assessment_scheme_view, name="schemes"),
    path("units/<int:org_pk>/", views.unit_tasks_view, name="unit"),
    path("<int:pk>/", views.plan_detail_view, name="detail"),
    path("<int:pk>/map-unit/", views.plan_unit_map_view, name="map_unit"),
    path("<int:pk>/confirm/", views.plan_confirm_view, name="confirm"),
    path("<int:pk>/derive/", views.plan_derive_view, name="derive"),
    path("<int:pk>/ledger.<str:fmt>", views.ledger_export_view, name="ledger"),
    path("<int:pk>/ledger/import/", views.ledger_import_view, name="ledger_import"),
    path("tasks/<int:pk>/", views.task_detail_view, name="task"),
    path("tasks/<int:pk>/edit/", views.task_edit_view, name="task_edit"),
    path("tasks/<int:pk>/merge/", views.task_merge_view, name="task_merge"),
    path("tasks/<int:pk>/report/", views.task_report_view, name="task_report"),
    path("tasks/<int:pk>/request/", views.task_request_view, name="task_request"),
    path("tasks/<int:pk>/decide/", views.task_decide_view, name="task_decide"),
    path("tasks/<int:pk>/event/", views.task_event_view, name="task_event"),
    path("reports/<int:pk>/attachment/", views.report_attachment_view, name="attachment"),
]
