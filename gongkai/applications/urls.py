"""Back-office URLs of the applications app."""

from django.urls import path

from . import (
    views,
    views_imports,
    views_letters,
    views_lists,
    views_procedural,
    views_settings,
    views_withheld,
)

app_name = "applications"
urlpatterns = [
    path("", views_lists.case_list, name="list"),
    path("overdue/", views_lists.case_overdue, name="overdue"),
    path("new/", views_lists.case_intake, name="intake"),
    path("bulk/", views_lists.case_bulk, name="bulk"),
    path("import/", views_imports.register_import, name="import"),
    path("import/template.xlsx", views_imports.register_import_template, name="import_template"),
    path("statistics/", views_letters.statistics, name="statistics"),
    path("recurring/", views_letters.recurring, name="recurring"),
    path("withheld/", views_withheld.withheld_list, name="withheld"),
    path("withheld/<int:pk>/review/", views_withheld.withheld_review, name="withheld_review"),
    path("settings/", views_settings.request_settings_edit, name="settings"),
    path("templates/", views_letters.template_list, name="templates"),
    path(
        "templates/letters/<str:kind>/",
        views_procedural.procedural_template_edit,
        name="procedural_template_edit",
    ),
    path("templates/<str:reply_type>/", views_letters.template_edit, name="template_edit"),
    path("<int:pk>/", views.case_detail, name="detail"),
    path("<int:pk>/assign/", views.case_assign, name="assign"),
    path("<int:pk>/reveal/", views.case_reveal, name="reveal"),
    path("<int:pk>/delivery/", views.case_delivery, name="delivery"),
    path("<int:pk>/remedies/", views.case_remedy, name="remedy"),
    path(
        "<int:pk>/remedies/<int:remedy_pk>/",
        views.case_remedy_decide,
        name="remedy_decide",
    ),
    path("<int:pk>/letter.<str:fmt>", views.case_letter, name="letter"),
    path("<int:pk>/files/<int:file_pk>/", views.case_attachment, name="file"),
    path("<int:pk>/letters/new/", views_procedural.letter_new, name="letter_new"),
    path(
        "<int:pk>/letters/<int:letter_pk>/",
        views_procedural.letter_detail,
        name="letter_detail",
    ),
    path(
        "<int:pk>/letters/<int:letter_pk>.<str:fmt>",
        views_procedural.letter_file,
        name="letter_file",
    ),
    path(
        "<int:pk>/letters/<int:letter_pk>/<str:op>/",
        views_procedural.letter_act,
        name="letter_act",
    ),
    path("<int:pk>/<str:name>/", views.case_action, name="action"),
]
