"""Root URLs: the public portal at /, the back office at /office/, the API at /api/."""

from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from gongkai.api import router
from gongkai.core.forms import AdminLoginForm

# The admin's sign-in refuses the demo's published password away from the server, as the office's.
admin.site.login_form = AdminLoginForm

urlpatterns = [
    # Public side
    path("", include("gongkai.portal.urls")),
    path("apply/", include("gongkai.applications.public_urls")),
    path("info/", include("gongkai.publishing.public_urls")),
    path("participate/", include("gongkai.participation.public_urls")),
    path("briefings/", include("gongkai.briefings.public_urls")),
    path("proposals/", include("gongkai.proposals.public_urls")),
    path("gazette/", include("gongkai.gazette.public_urls")),
    # Back office
    path("office/", include("gongkai.core.urls")),
    path("office/orgs/", include("gongkai.orgs.urls")),
    path("office/calendar/", include("gongkai.workdays.urls")),
    path("office/plans/", include("gongkai.plans.urls")),
    path("office/applications/", include("gongkai.applications.urls")),
    path("office/publishing/", include("gongkai.publishing.urls")),
    path("office/participation/", include("gongkai.participation.urls")),
    path("office/reports/", include("gongkai.reports.urls")),
    path("office/briefings/", include("gongkai.briefings.urls")),
    path("office/incidents/", include("gongkai.incidents.urls")),
    path("office/proposals/", include("gongkai.proposals.urls")),
    path("office/gazette/", include("gongkai.gazette.urls")),
    path("office/monitoring/", include("gongkai.monitoring.urls")),
    path("admin/", admin.site.urls),
    # API
    path("api/", include(router.urls)),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # Staff only (settings.SPECTACULAR_SETTINGS): the page sends strangers to the sign-in form.
    # The split view serves its script as a file: the Content-Security-Policy allows no inline one.
    path(
        "api/docs/",
        login_required(
            SpectacularSwaggerSplitView.as_view(
                url_name="api-schema", template_name="core/swagger_ui.html"
            )
        ),
        name="api-docs",
    ),
]
# No /media/ route, not even with DEBUG: every stored file is served by a view that checks who
# may have it (published copies, an applicant's own files), through the storage API.
