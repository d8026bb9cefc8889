"""`gongkai serve`: collect the static files, then run the web server (gunicorn) in this process.

The job worker is a separate process (`gongkai run_huey`). Settings: gongkai.core.webserver.
"""

import os

from django.core.management import call_command
from django.core.management.base import BaseCommand

from gongkai.core.webserver import gunicorn_argv


class Command(BaseCommand):
    help = "Collect the static files and serve the platform with gunicorn."

    def add_arguments(self, parser):
        parser.add_argument("--bind", help="address:port (default: GONGKAI_BIND or 127.0.0.1:8000)")
        parser.add_argument(
            "--no-collectstatic",
            action="store_true",
            help="skip collectstatic (when the files were collected at install time)",
        )

    def handle(self, *args, **options):
        if not options["no_collectstatic"]:
            call_command("collectstatic", interactive=False, verbosity=0)
        cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        argv = gunicorn_argv(os.environ, cpus, bind=options["bind"])
        self.stdout.flush()
        # gunicorn replaces this process, so that a service manager's signals reach it directly.
        os.execv(argv[0], argv)  # noqa: S606
