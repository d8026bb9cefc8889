"""Back-office pages of the government gazette (政府公报)."""

from django.urls import path

from .views import office as views

app_name = "gazette"

urlpatterns = [
    path("", views.issue_list_view, name="issue_list"),
    path("new/", views.issue_form_view, name="issue_create"),
    path("overview/", views.overview_view, name="overview"),
    path("<int:pk>/", views.issue_detail_view, name="issue_detail"),
    path("<int:pk>/edit/", views.issue_form_view, name="issue_edit"),
    path("<int:pk>/delete/", views.issue_delete_view, name="issue_delete"),
    path("<int:pk>/contents/new/", views.content_form_view, name="content_create"),
    path("<int:pk>/contents/<int:content_pk>/", views.content_form_view, name="content_edit"),
    path(
        "<int:pk>/contents/<int:content_pk>/delete/",
        views.content_delete_view,
        name="content_delete",
    ),
    path("<int:pk>/contents/import/", views.contents_import_view, name="contents_import"),
    path("<int:pk>/pdf/", views.issue_pdf_view, name="issue_pdf"),
    path("<int:pk>/read-again/", views.issue_digitise_view, name="issue_digitise"),
    path("<int:pk>/proofread/", views.proofread_view, name="proofread"),
    path("<int:pk>/review/", views.issue_review_view, name="issue_review"),
    path("<int:pk>/publish/", views.issue_publish_view, name="issue_publish"),
    path("<int:pk>/withdraw/", views.issue_withdraw_view, name="issue_withdraw"),
]
