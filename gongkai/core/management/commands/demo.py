"""`gongkai demo`: load the demo data (idempotent) and print the demo accounts."""

from django.core.management.base import BaseCommand
from django.test.utils import override_settings
from django.utils.translation import gettext as _

from gongkai.core.demo import DEMO_PASSWORD, demo_loaders
from gongkai.orgs.demo import load_demo_orgs


class Command(BaseCommand):
    help = "Load the demo organisations, users and sample records; print the demo accounts."

    def add_arguments(self, parser):
        parser.add_argument("--address", default="http://127.0.0.1:8000/")

    def handle(self, *args, **options):
        # The demo's reminders and notices would otherwise print every e-mail to the console.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            accounts = load_demo_orgs()
            for name, loader in demo_loaders():
                loader()
                self.stdout.write(_("Demo data loaded: %(name)s") % {"name": name})
        self.stdout.write("")
        self.stdout.write(_("Demo accounts (password: %(pw)s):") % {"pw": DEMO_PASSWORD})
        for account in accounts:
            self.stdout.write(f"  {account['username']:<12} {account['role']} · {account['org']}")
        address = options["address"].rstrip("/")
        self.stdout.write("")
        self.stdout.write(_("Public portal: %(url)s/") % {"url": address})
        self.stdout.write(_("Back office:   %(url)s/office/") % {"url": address})
        self.stdout.write(_("API docs:      %(url)s/api/docs/") % {"url": address})
