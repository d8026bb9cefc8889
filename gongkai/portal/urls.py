"""Public portal URLs (/) and the portal's back-office pages (/office/portal/)."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path

from .feeds import LatestItemsAtomFeed, LatestItemsFeed
from .sitemaps import SITEMAPS
from .views import office as views_office
from .views import public as views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("guide/", views.guide_index, name="guide"),
    path("guide/<int:org_pk>/", views.guide_detail, name="guide_org"),
    path("rules/", views.rules, name="rules"),
    path("rules/<int:pk>/file/", views.rule_file, name="rule_file"),
    path("statutory/", views.statutory, name="statutory"),
    path("annual-reports/", views.annual_reports, name="annual_reports"),
    path("annual-reports/<int:pk>/file/", views.annual_report_file, name="annual_report_file"),
    path(
        "annual-reports/<int:pk>/file.<str:kind>",
        views.annual_report_download,
        name="annual_report_download",
    ),
    path("orgs/", views.org_index, name="orgs"),
    path("orgs/<int:pk>/", views.org_detail, name="org"),
    path("browse/", views.browse, name="browse"),
    path("search/", views.search, name="search"),
    path("feed/rss/", LatestItemsFeed(), name="feed_rss"),
    path("feed/atom/", LatestItemsAtomFeed(), name="feed_atom"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": SITEMAPS, "template_name": "portal/sitemap.xml"},
        name="sitemap",
    ),
    # Back office
    path("office/portal/guide/", views_office.guide_edit, name="office_guide"),
    path(
        "office/portal/guide/<int:pk>/publish/",
        views_office.guide_publish,
        name="office_guide_publish",
    ),
    path(
        "office/portal/guide/<int:pk>/withdraw/",
        views_office.guide_withdraw,
        name="office_guide_withdraw",
    ),
    path("office/portal/rules/", views_office.rules_manage, name="office_rules"),
    path(
        "office/portal/rules/<int:pk>/publish/",
        views_office.rule_publish,
        name="office_rule_publish",
    ),
    path(
        "office/portal/rules/<int:pk>/withdraw/",
        views_office.rule_withdraw,
        name="office_rule_withdraw",
    ),
    path("office/portal/rules/<int:pk>/", views_office.rules_manage, name="office_rule"),
    path(
        "office/portal/rules/<int:pk>/delete/", views_office.rule_delete, name="office_rule_delete"
    ),
    path("office/portal/reports/", views_office.reports_manage, name="office_reports"),
    path(
        "office/portal/reports/overview/",
        views_office.reports_overview,
        name="office_reports_overview",
    ),
    path(
        "office/portal/reports/computed/",
        views_office.report_submit_computed,
        name="office_report_computed",
    ),
    path(
        "office/portal/reports/<int:pk>/publish/",
        views_office.report_publish,
        name="office_report_publish",
    ),
    path(
        "office/portal/reports/<int:pk>/delete/",
        views_office.report_delete,
        name="office_report_delete",
    ),
]
