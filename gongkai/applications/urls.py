"""Back-office URLs of the applications app."""

from django.urls import path

from .views import cases, imports, letters, lists, procedural, settings, withheld

app_name = "applications"
urlpatterns = [
    path("", lists.case_list, name="list"),
    path("overdue/", lists.case_overdue, name="overdue"),
    path("new/", lists.case_intake, name="intake"),
    path("bulk/", lists.case_bulk, name="bulk"),
    path("import/", imports.register_import, name="import"),
    path("import/template.xlsx", imports.register_import_template, name="import_template"),
    path("statistics/", letters.statistics, name="statistics"),
    path("recurring/", letters.recurring, name="recurring"),
    path("withheld/", withheld.withheld_list, name="withheld"),
    path("withheld/<int:pk>/review/", withheld.withheld_review, name="withheld_review"),
    path("settings/", settings.request_settings_edit, name="settings"),
    path("templates/", letters.template_list, name="templates"),
    path(
        "templates/letters/<str:kind>/",
        procedural.procedural_template_edit,
        name="procedural_template_edit",
    ),
    path("templates/<str:reply_type>/", letters.template_edit, name="template_edit"),
    path("<int:pk>/", cases.case_detail, name="detail"),
    path("<int:pk>/assign/", cases.case_assign, name="assign"),
    path("<int:pk>/reveal/", cases.case_reveal, name="reveal"),
    path("<int:pk>/delivery/", cases.case_delivery, name="delivery"),
    path("<int:pk>/remedies/", cases.case_remedy, name="remedy"),
    path(
        "<int:pk>/remedies/<int:remedy_pk>/",
        cases.case_remedy_decide,
        name="remedy_decide",
    ),
    path("<int:pk>/letter.<str:fmt>", cases.case_letter, name="letter"),
    path("<int:pk>/files/<int:file_pk>/", cases.case_attachment, name="file"),
    path("<int:pk>/letters/new/", procedural.letter_new, name="letter_new"),
    path(
        "<int:pk>/letters/<int:letter_pk>/",
        procedural.letter_detail,
        name="letter_detail",
    ),
    path(
        "<int:pk>/letters/<int:letter_pk>.<str:fmt>",
        procedural.letter_file,
        name="letter_file",
    ),
    path(
        "<int:pk>/letters/<int:letter_pk>/<str:op>/",
        procedural.letter_act,
        name="letter_act",
    ),
    path("<int:pk>/<str:name>/", cases.case_action, name="action"),
]
