"""When an annual report is due: the statutory date depends on the kind of organisation."""

from datetime import date

from gongkai.orgs.models import Organisation


def report_due_on(*, org: Organisation, year: int) -> date:
    """The last day to publish ``org``'s report on ``year`` (AR-DUE-1, 《条例》第四十九条).

    Government departments publish by 31 January of the following year; a people's
    government's disclosure office publishes the government's report by 31 March.
    """
    if org.kind == Organisation.Kind.REGION:
        return date(year + 1, 3, 31)
    return date(year + 1, 1, 31)
