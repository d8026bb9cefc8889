"""Public URLs of proactively disclosed information (/info/)."""

from django.urls import path

from .views import public

app_name = "info"
urlpatterns = [
    path("", public.info_index, name="index"),
    path("catalog/<int:org_id>/", public.catalog_public_view, name="catalog"),
    path("items/<int:pk>/", public.item_public_view, name="item"),
    path(
        "items/<int:pk>/files/<int:attachment_pk>/",
        public.attachment_public_view,
        name="attachment",
    ),
    path("normative/", public.normative_list_view, name="normative"),
    path("lists/", public.list_index_view, name="lists"),
    path("lists/<int:pk>/", public.list_public_view, name="list"),
]
