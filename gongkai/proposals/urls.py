"""Back-office pages of replies to deputies' suggestions and members' proposals."""

from django.urls import path

from . import views

app_name = "proposals"

urlpatterns = [
    path("", views.proposal_list_view, name="list"),
    path("new/", views.proposal_form_view, name="create"),
    path("import/", views.proposal_import_view, name="import"),
    path("import/template/", views.proposal_import_template_view, name="import_template"),
    path("<int:pk>/", views.proposal_detail_view, name="detail"),
    path("<int:pk>/edit/", views.proposal_form_view, name="edit"),
    path("<int:pk>/start/", views.proposal_action_view, {"action": "start"}, name="start"),
    path("<int:pk>/reply/", views.proposal_reply_view, name="reply"),
    path("<int:pk>/submit/", views.proposal_action_view, {"action": "submit"}, name="submit"),
    path("<int:pk>/publish/", views.proposal_action_view, {"action": "publish"}, name="publish"),
    path("<int:pk>/letter/", views.proposal_letter_view, name="letter"),
]
