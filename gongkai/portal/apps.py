"""Configure the public portal app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "gongkai.portal"
    label = "portal"
    verbose_name = _("Public portal")

    def ready(self) -> None:
        from gongkai.core.audit_labels import register_audit_labels
        from gongkai.core.contacts import register_office_contact
        from gongkai.core.dashboard import register_widget
        from gongkai.core.demo import register_demo
        from gongkai.core.navigation import register_nav, register_public_nav
        from gongkai.orgs.roles import Role

        from .audit_labels import ACTIONS
        from .dashboard import portal_cards
        from .demo import load_demo_portal
        from .sections import SECTION_TITLES
        from .selectors import guide_contact

        register_audit_labels("portal", actions=ACTIONS)
        # Any change to what the public pages show drops every cached page (core.pagecache),
        # and the site's name kept under the same generation (site.site_column).
        from django.apps import apps

        from gongkai.core.pagecache import watch_public_models

        for label in ("orgs", "publishing", "portal"):
            watch_public_models(apps.get_app_config(label).get_models())
        register_public_nav(_("Home"), "portal:home", order=0)
        # The four sub-columns carry their exact statutory names in the nav as on the home page's
        # cards (PORTAL-3, 国办公开办函〔2019〕61号), and each nav item opens its card's page.
        register_public_nav(SECTION_TITLES["guide"], "portal:guide", order=10)
        register_public_nav(SECTION_TITLES["rules"], "portal:rules", order=20)
        register_public_nav(
            SECTION_TITLES["statutory"], "portal:statutory", order=30, also=("info:index",)
        )
        register_public_nav(_("Browse"), "portal:browse", order=35)
        register_public_nav(SECTION_TITLES["reports"], "portal:annual_reports", order=50)
        register_nav(
            _("Disclosure guide"), "portal:office_guide", roles=[Role.COORDINATOR], order=350
        )
        register_nav(
            _("Annual reports published"),
            "portal:office_reports_overview",
            roles=[Role.SUPERVISOR],
            order=430,
        )
        register_widget(portal_cards)
        register_office_contact(guide_contact)
        register_demo(_("disclosure guide, rules and annual report"), load_demo_portal, order=60)
