"""The report's texts: what the office saved, or a first draft written from the records.

《条例》第五十条 asks for the year's work in words as well as tables. Where the records say
something (items published, requests handled, work-plan tasks done, fees charged) the draft
states it; the office checks and completes it. The sentences are the report's Chinese text,
not screen wording: exact strings, not translated (as the letters' templates).
"""

from datetime import date

from gongkai.applications.selectors import statistics_scope
from gongkai.briefings.kinds import INTERPRETATION_KINDS, EntryKind
from gongkai.briefings.selectors import year_counts
from gongkai.orgs.models import Organisation
from gongkai.plans.models import Task
from gongkai.plans.states import TaskStatus
from gongkai.publishing.models import InformationItem
from gongkai.publishing.states import Status

from .formats import (
    T3_CARRIED_IN,
    T3_CARRIED_OUT,
    T3_NEW,
    T3_TOTAL,
    T3_TOTAL_COLUMN,
    narrative_parts,
)
from .models import ReportNarrative
from .selectors import AnnualTables


def _published_count(org: Organisation, year: int) -> int:
    """Items first published in ``year`` by ``org`` and its units, not withdrawn since."""
    return (
        InformationItem.objects.filter(
            org__in=statistics_scope(org),
            published_on__gte=date(year, 1, 1),
            published_on__lte=date(year, 12, 31),
        )
        .exclude(status=Status.WITHDRAWN)
        .count()
    )


def _plan_tasks(org: Organisation, year: int) -> tuple[int, int]:
    """(tasks, completed) of ``org``'s work plans for ``year``, drafts left out."""
    tasks = Task.objects.filter(plan__org=org, plan__year=year).exclude(status=TaskStatus.DRAFT)
    return tasks.count(), tasks.filter(status=TaskStatus.COMPLETED).count()


def _proactive(tables: AnnualTables) -> str:
    block = tables.fmt.t2_blocks[0]
    rules, normative = (tables.t2[row] for row in block.rows)
    made, _second, third = block.columns
    published = _published_count(tables.org, tables.year)
    if tables.fmt.year >= 2021:
        return (
            f"{tables.year}年，本机关主动公开政府信息{published}条；制发规章{rules[made]}件、"
            f"行政规范性文件{normative[made]}件，现行有效规章{rules[third]}件、"
            f"行政规范性文件{normative[third]}件。"
        )
    return (
        f"{tables.year}年，本机关主动公开政府信息{published}条；新制作规章{rules[made]}件、"
        f"规范性文件{normative[made]}件。"
    )


def _briefings(tables: AnnualTables) -> str:
    """The press and interpretation ledger's year (PLAN-PRESS-1, PLAN-INTERP-1), when it holds
    anything: 召开新闻发布会N场 ……"""
    counts = year_counts(org=tables.org, year=tables.year)
    if not any(counts.values()):
        return ""
    interpretations = sum(counts[kind] for kind in INTERPRETATION_KINDS)
    return (
        f"召开新闻发布会{counts[EntryKind.PRESS_CONFERENCE]}场、"
        f"政策吹风会{counts[EntryKind.BRIEFING]}场，"
        f"开展在线访谈{counts[EntryKind.ONLINE_INTERVIEW]}次，"
        f"发布政策解读{interpretations}篇，"
        f"其中主要负责人解读{counts[EntryKind.INTERP_HEAD]}次。"
    )


def _requests(tables: AnnualTables) -> str:
    t3, t4 = tables.t3, tables.t4
    column = T3_TOTAL_COLUMN
    reconsiderations = t4["行政复议"]["总计"]
    lawsuits = t4["未经复议直接起诉"]["总计"] + t4["复议后起诉"]["总计"]
    return (
        f"{tables.year}年，本机关新收政府信息公开申请{t3[T3_NEW][column]}件，"
        f"上年结转{t3[T3_CARRIED_IN][column]}件；办结{t3[T3_TOTAL][column]}件，"
        f"其中予以公开{t3['三(一)'][column]}件、部分公开{t3['三(二)'][column]}件；"
        f"结转下年度继续办理{t3[T3_CARRIED_OUT][column]}件。"
        f"因政府信息公开工作被申请行政复议{reconsiderations}件、被提起行政诉讼{lawsuits}件。"
    )


def _plans(tables: AnnualTables) -> str:
    total, done = _plan_tasks(tables.org, tables.year)
    if not total:
        return ""
    return f"本机关{tables.year}年政务公开工作要点分解任务{total}项，已完成{done}项。"


def _fees(tables: AnnualTables) -> str:
    fees = tables.fees
    if not fees:
        return ""
    if not fees["notices"]:
        return f"{tables.year}年，本机关未收取信息处理费。"
    return (
        f"{tables.year}年，本机关依据《政府信息公开信息处理费管理办法》发出收费通知"
        f"{fees['notices']}件，通知收费金额{fees['notified']}元，"
        f"实际收取信息处理费{fees['collected']}元。"
    )


def narrative_draft(tables: AnnualTables) -> dict[str, str]:
    """A first draft of each written part, from the records (empty where they say nothing)."""
    proactive, requests, plans = _proactive(tables), _requests(tables), _plans(tables)
    proactive += _briefings(tables)
    keys = [key for key, _heading in narrative_parts(tables.fmt)]
    draft = dict.fromkeys(keys, "")
    if "一(一)" in draft:
        draft.update({"一(一)": proactive, "一(二)": requests, "一(三)": plans})
    else:
        draft["一"] = "".join((proactive, requests, plans))
    draft["六"] = _fees(tables)
    return draft


def narrative_for(tables: AnnualTables) -> tuple[dict[str, str], bool]:
    """The written parts of the report: the office's saved texts, or the draft from the
    records; and whether they were saved."""
    saved = ReportNarrative.objects.filter(org=tables.org, year=tables.year).first()
    if saved is not None:
        keys = [key for key, _heading in narrative_parts(tables.fmt)]
        return {key: saved.sections.get(key, "") for key in keys}, True
    return narrative_draft(tables), False
