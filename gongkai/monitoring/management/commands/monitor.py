"""`gongkai monitor check URL`: crawl one website now and print what the checks find."""

import json
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from gongkai.core.commands import TranslatedCommand
from gongkai.monitoring.checks import Report, run_checks
from gongkai.monitoring.crawler import crawl, normalise
from gongkai.monitoring.models import Site
from gongkai.monitoring.selectors import check_config, unanswered_messages
from gongkai.monitoring.services import _timeout
from gongkai.monitoring.states import VetoItem


def _pages(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise CommandError(
            _("--max-pages: “%(value)s” is not a number of pages.") % {"value": value}
        )
    return number


class Command(TranslatedCommand):
    help = gettext_lazy("Website monitoring: check a website now (`check`).")

    def add_arguments(self, parser: ArgumentParser) -> None:
        commands = parser.add_subparsers(dest="subcommand", required=True)
        check = commands.add_parser(
            "check",
            help=gettext_lazy(
                "Crawl one website now and print its broken links, columns not updated, empty "
                "and missing columns, veto items and score."
            ),
        )
        check.add_argument("url", metavar="URL", help=gettext_lazy("The site's home page."))
        check.add_argument(
            "--max-pages",
            type=_pages,
            default=None,
            metavar="N",
            help=gettext_lazy("Fetch at most N addresses (default: the site's setting, or 200)."),
        )
        check.add_argument(
            "--timeout",
            type=float,
            default=None,
            help=gettext_lazy("Seconds before a visit fails (default 15)."),
        )
        check.add_argument(
            "--internal-only",
            action="store_true",
            help=gettext_lazy("Do not visit links to other sites."),
        )
        check.add_argument(
            "--format",
            choices=("json", "text"),
            default="text",
            dest="output",
            help=gettext_lazy("json: the findings as JSON; text (default): as text."),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        url = options["url"]
        if not url.startswith(("http://", "https://")):
            raise CommandError(_("URL: give the site's address with http:// or https://."))
        url = normalise(url)
        site = Site.objects.filter(base_url__in=[url, url.rstrip("/")]).first()
        max_pages = options["max_pages"] or (site.max_pages if site else 200)
        today = timezone.localdate()
        result = crawl(
            url,
            max_pages=max_pages,
            max_depth=site.max_depth if site else 3,
            timeout=options["timeout"] or _timeout(),
            external=not options["internal_only"],
        )
        report = run_checks(
            result,
            today=today,
            unanswered=unanswered_messages(site, today=today) if site else [],
            no_external_service=bool(site and site.no_external_service),
            portal=bool(site and site.portal),
            **check_config(site),
        )
        if options["output"] == "json":
            self.stdout.write(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
            return
        for line in self._text(url, report, len(result.pages)):
            self.stdout.write(line)

    @staticmethod
    def _text(url: str, report: Report, pages: int) -> list[str]:
        lines = [_("Check of %(url)s: %(pages)d addresses fetched.") % {"url": url, "pages": pages}]
        lines.append(_("Broken links: %(n)d") % {"n": len(report.broken_links)})
        for b in report.broken_links:
            lines.append(
                "  "
                + _("%(url)s (status %(status)s), found on %(page)s")
                % {"url": b["url"], "status": b["status"], "page": b["found_on"] or "—"}
            )
        lines.append(_("Columns not updated: %(n)d") % {"n": len(report.stale_columns)})
        for c in report.stale_columns:
            lines.append(
                "  "
                + _("%(title)s %(url)s: latest %(latest)s, allowed %(days)d days")
                % {
                    "title": c["title"],
                    "url": c["url"],
                    "latest": c["latest"] or _("no date"),
                    "days": c["threshold_days"],
                }
            )
        lines.append(_("Empty columns: %(n)d") % {"n": len(report.empty_columns)})
        lines.extend(f"  {c['title']} {c['url']}" for c in report.empty_columns)
        lines.append(_("Required columns missing: %(n)d") % {"n": len(report.missing_columns)})
        lines.extend(f"  {c['title']}" for c in report.missing_columns)
        names = dict(VetoItem.choices)
        lines.append(_("Veto items: %(n)d") % {"n": len(report.veto)})
        lines.extend(f"  {names.get(v['item'], v['item'])}" for v in report.veto)
        if report.veto:
            lines.append(_("Result: failed (veto item)."))
        else:
            verdict = _("passed") if report.passed else _("failed")
            lines.append(
                _("Score: %(score)s, %(verdict)s.")
                % {"score": report.as_json()["score"], "verdict": verdict}
            )
        return lines
