"""Back-office URLs of the publishing app (/office/publishing/)."""

from django.urls import path

from .views import catalog, items, privacy_rules, reviews

app_name = "publishing"
urlpatterns = [
    path("", items.item_list_view, name="item_list"),
    path("new/", items.item_create_view, name="item_create"),
    path("attention/", items.attention_view, name="attention"),
    path("reviews/", reviews.review_queue_view, name="review_queue"),
    path("reviews/<int:pk>/", reviews.request_review_view, name="request_review"),
    path(
        "reviews/<int:pk>/accept-all/", reviews.request_accept_all_view, name="request_accept_all"
    ),
    path("<int:pk>/", items.item_detail_view, name="item_detail"),
    path("<int:pk>/edit/", items.item_edit_view, name="item_edit"),
    path("<int:pk>/attachments/", items.attachment_add_view, name="attachment_add"),
    path("<int:pk>/submit/", items.item_submit_view, name="item_submit"),
    path("<int:pk>/review/", items.item_review_view, name="item_review"),
    path("<int:pk>/findings/accept-all/", items.findings_accept_all_view, name="accept_all"),
    path("<int:pk>/publish/", items.item_publish_view, name="item_publish"),
    path("<int:pk>/amend/", items.item_amend_view, name="item_amend"),
    path("<int:pk>/<str:action>/", items.item_end_view, name="item_end"),
    path("attachments/<int:pk>/", items.attachment_download_view, name="attachment_download"),
    path("attachments/<int:pk>/remove/", items.attachment_remove_view, name="attachment_remove"),
    path("findings/<int:pk>/", items.finding_decide_view, name="finding_decide"),
    path("catalog/", catalog.catalog_view, name="catalog"),
    path("catalog/new/", catalog.catalog_entry_view, name="catalog_new"),
    path("catalog/<int:pk>/", catalog.catalog_entry_view, name="catalog_entry"),
    path("catalog/import/", catalog.catalog_import_view, name="catalog_import"),
    path("catalog/export/", catalog.catalog_export_view, name="catalog_export"),
    path("lists/", catalog.list_list_view, name="list_list"),
    path("lists/<int:pk>/", catalog.list_detail_view, name="list_detail"),
    path("privacy-rules/", privacy_rules.privacy_rules_view, name="privacy_rules"),
    path(
        "lists/<int:pk>/v<int:number>/<str:action>/",
        catalog.list_version_action_view,
        name="list_version_action",
    ),
]
