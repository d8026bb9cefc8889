"""Read side of the gazette: the office's issues, the public's, and the supervisor's figures."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, QuerySet
from django.http import Http404
from django.utils import timezone

from gongkai.orgs.models import Organisation
from gongkai.orgs.selectors import get_visible_or_404, restrict_to_user
from gongkai.publishing.models import NORMATIVE_KINDS, InformationItem

from .models import Content, Issue
from .states import ON_TIME_DAYS, Digitisation, IssueStatus


def issue_list(*, user, year: int | None = None, status: str = "") -> QuerySet[Issue]:
    """The issues of the organisations ``user`` may see, newest first, with content counts."""
    qs = restrict_to_user(Issue.objects.all(), user=user)
    if year:
        qs = qs.filter(year=year)
    if status in IssueStatus.values:
        qs = qs.filter(status=status)
    return qs.select_related("org").annotate(content_count=Count("contents"))


def content_documents(*, org: Organisation) -> QuerySet[InformationItem]:
    """The published normative documents of ``org`` and below that a content of its gazette may
    link (the office form and the API alike), newest first."""
    return InformationItem.objects.filter(
        is_public=True, kind__in=list(NORMATIVE_KINDS), org__path__startswith=org.path
    ).order_by("-published_on")


def issue_get(*, user, pk: int) -> Issue:
    return get_visible_or_404(Issue.objects.select_related("org"), user=user, pk=pk)


def public_issues() -> QuerySet[Issue]:
    return Issue.objects.filter(status=IssueStatus.PUBLISHED).select_related("org")


def public_years() -> list[dict]:
    """Each year with published issues, newest first, with how many."""
    rows = public_issues().values("year").annotate(issues=Count("pk")).order_by("-year")
    return list(rows)


def public_year_issues(year: int) -> QuerySet[Issue]:
    return public_issues().filter(year=year).annotate(content_count=Count("contents"))


def public_issue_get(pk: int) -> Issue:
    """A published issue; Http404 for a draft or a withdrawn one (never shown)."""
    issue = public_issues().filter(pk=pk).first()
    if issue is None:
        raise Http404
    return issue


def public_contents_for_item(item) -> QuerySet[Content]:
    """The published gazette contents that carried a document."""
    return (
        Content.objects.filter(item=item, issue__status=IssueStatus.PUBLISHED)
        .select_related("issue", "issue__org")
        .order_by("issue__issued_on")
    )


def published_on_time(issue: Issue) -> bool | None:
    """Whether a current issue went online within ON_TIME_DAYS of its date (None: not due yet
    or a back issue)."""
    if issue.back_issue:
        return None
    due = issue.issued_on + datetime.timedelta(days=ON_TIME_DAYS)
    if issue.published_at is None:
        return False if due < timezone.localdate() else None
    return timezone.localdate(issue.published_at) <= due


@dataclass
class GazetteFigures:
    """What the supervisor follows: current issues online on time, back issues digitised."""

    on_time: int = 0
    late: int = 0
    overdue: int = 0
    back_issues: int = 0
    digitisation: dict[str, int] = field(default_factory=dict)
    late_issues: list = field(default_factory=list)

    @property
    def digitised(self) -> int:
        return self.digitisation.get(Digitisation.EXTRACTED, 0) + self.digitisation.get(
            Digitisation.PROOFREAD, 0
        )

    @property
    def needs_proofreading(self) -> int:
        return self.digitisation.get(Digitisation.NEEDS_PROOFREADING, 0)


def gazette_figures(*, user, year: int | None = None) -> GazetteFigures:
    """The figures of the issues ``user`` may see (of ``year`` when given)."""
    figures = GazetteFigures()
    issues = issue_list(user=user, year=year)
    for issue in issues.filter(back_issue=False):
        on_time = published_on_time(issue)
        if on_time is True:
            figures.on_time += 1
        elif on_time is False:
            if issue.published_at is None:
                figures.overdue += 1
            else:
                figures.late += 1
            figures.late_issues.append(issue)
    backs = issues.filter(back_issue=True)
    figures.back_issues = backs.count()
    figures.digitisation = {
        row["digitisation"]: row["n"]
        for row in backs.order_by().values("digitisation").annotate(n=Count("pk"))
    }
    return figures


def public_issue_list(*, year: int | None = None, org_id: int | None = None) -> QuerySet[Issue]:
    """Published issues, newest first, with content counts (the public API's list)."""
    qs = public_issues().annotate(content_count=Count("contents"))
    if year:
        qs = qs.filter(year=year)
    if org_id:
        qs = qs.filter(org_id=org_id)
    return qs.order_by("-year", "-number", "-pk")
