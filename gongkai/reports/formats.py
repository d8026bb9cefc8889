"""The annual report's formats as data: sections, tables, rows and columns with their labels.

《条例》第五十条 lists what the report holds; the State Council's disclosure office fixes its
layout: 国办公开办函〔2019〕60号 (the 2019 format, for report years 2019–2020) and
国办公开办函〔2021〕30号 (the 2021 format, from report year 2021). Labels are the formats' exact
strings (full-width brackets and quotes), never translated: they are the report's text.

Rows and columns are named by codes that the JSON output and the checks use: table 三's
rows ``一``, ``二``, ``三(一)`` … ``三(七)``, ``四``; its columns are the applicant labels. In
table 二 the row label is the code (each appears once per format). The first format year of
each is in ``FORMATS``; ``format_for`` picks the one a report year uses (AR-FMT-1).
"""

from dataclasses import dataclass, field

#: Where a cell's value comes from.
RECORDS = "records"  # counted from Gongkai's records
ENTERED = "entered"  # entered by staff (or imported): Gongkai does not hold the records


@dataclass(frozen=True)
class Row:
    """A row of a table: ``code`` names it, ``label`` is printed, ``data`` False for a heading."""

    code: str
    label: str
    data: bool = True
    depth: int = 0


@dataclass(frozen=True)
class Block:
    """A part of table 二 with its own caption, columns and rows (AR-T2)."""

    caption: str
    columns: tuple[str, ...]
    rows: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class ReportFormat:
    """One format: its sections and the layout of its tables."""

    year: int  # the format's own year (2019 or 2021)
    document: str
    sections: tuple[tuple[str, str], ...]  # (number, title)
    overview_heads: tuple[str, ...]
    t2_blocks: tuple[Block, ...]
    t3_rows: tuple[Row, ...]
    t6_items: tuple[str, ...] = field(default=())

    @property
    def t3_data_rows(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.t3_rows if r.data)

    @property
    def t3_leaf_rows(self) -> tuple[str, ...]:
        """The rows under 三 whose sum is （七）总计 (AR-CHECK-2)."""
        return tuple(c for c in self.t3_data_rows if c.startswith("三(") and c != T3_TOTAL)

    def t2_cells(self, source: str | None = None) -> list[tuple[str, str]]:
        """Every (row, column) of table 二, those of one ``source`` only if given."""
        return [
            (row, column)
            for block in self.t2_blocks
            if source is None or block.source == source
            for row in block.rows
            for column in block.columns
        ]


#: Section titles (AR-FMT-1); both formats have the same six.
SECTIONS = (
    ("一", "一、总体情况"),
    ("二", "二、主动公开政府信息情况"),
    ("三", "三、收到和处理政府信息公开申请情况"),
    ("四", "四、政府信息公开行政复议、行政诉讼情况"),
    ("五", "五、存在的主要问题及改进情况"),
    ("六", "六、其他需要报告的事项"),
)

#: Table 三's columns (AR-T3): 自然人, the five kinds of 法人或其他组织 (no subtotal column), 总计.
T3_PERSON = "自然人"
T3_ORGS_GROUP = "法人或其他组织"
T3_ORG_COLUMNS = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
T3_TOTAL_COLUMN = "总计"
T3_COLUMNS = (T3_PERSON, *T3_ORG_COLUMNS, T3_TOTAL_COLUMN)
T3_GROUP_LABEL = "申请人情况"
T3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

T3_NEW, T3_CARRIED_IN, T3_TOTAL, T3_CARRIED_OUT = "一", "二", "三(七)", "四"

_T3_HEAD = (
    Row(T3_NEW, "一、本年新收政府信息公开申请数量"),
    Row(T3_CARRIED_IN, "二、上年结转政府信息公开申请数量"),
    Row("三", "三、本年度办理结果", data=False),
    Row("三(一)", "（一）予以公开", depth=1),
    Row("三(二)", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", depth=1),
    Row("三(三)", "（三）不予公开", data=False, depth=1),
    *(
        Row(f"三(三){n}", label, depth=2)
        for n, label in enumerate(
            (
                "1.属于国家秘密",
                "2.其他法律行政法规禁止公开",
                "3.危及“三安全一稳定”",
                "4.保护第三方合法权益",
                "5.属于三类内部事务信息",
                "6.属于四类过程性信息",
                "7.属于行政执法案卷",
                "8.属于行政查询事项",
            ),
            start=1,
        )
    ),
    Row("三(四)", "（四）无法提供", data=False, depth=1),
    *(
        Row(f"三(四){n}", label, depth=2)
        for n, label in enumerate(
            (
                "1.本机关不掌握相关政府信息",
                "2.没有现成信息需要另行制作",
                "3.补正后申请内容仍不明确",
            ),
            start=1,
        )
    ),
    Row("三(五)", "（五）不予处理", data=False, depth=1),
    *(
        Row(f"三(五){n}", label, depth=2)
        for n, label in enumerate(
            (
                "1.信访举报投诉类申请",
                "2.重复申请",
                "3.要求提供公开出版物",
                "4.无正当理由大量反复申请",
                "5.要求行政机关确认或重新出具已获取信息",
            ),
            start=1,
        )
    ),
)
_T3_TAIL = (
    Row(T3_TOTAL, "（七）总计", depth=1),
    Row(T3_CARRIED_OUT, "四、结转下年度继续办理"),
)
#: 2021: （六） is a heading over three rows; 2019: （六） is a data row (AR-T3).
T3_ROWS_2021 = (
    *_T3_HEAD,
    Row("三(六)", "（六）其他处理", data=False, depth=1),
    Row(
        "三(六)1",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        depth=2,
    ),
    Row(
        "三(六)2",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        depth=2,
    ),
    Row("三(六)3", "3.其他", depth=2),
    *_T3_TAIL,
)
T3_ROWS_2019 = (*_T3_HEAD, Row("三(六)", "（六）其他处理", depth=1), *_T3_TAIL)

#: Table 四 (AR-T4, both formats): 行政复议 and 行政诉讼 in two groups, five columns each.
T4_RECONSIDERATION = "行政复议"
T4_LAWSUIT = "行政诉讼"
T4_GROUPS = ("行政复议", "未经复议直接起诉", "复议后起诉")
T4_COLUMNS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")

#: Table 二 (AR-T2): first column header, then its blocks.
T2_FIRST_COLUMN = "信息内容"
T2_2021 = (
    Block(
        "第二十条第（一）项",
        ("本年制发件数", "本年废止件数", "现行有效件数"),
        ("规章", "行政规范性文件"),
        RECORDS,
    ),
    Block("第二十条第（五）项", ("本年处理决定数量",), ("行政许可",), ENTERED),
    Block("第二十条第（六）项", ("本年处理决定数量",), ("行政处罚", "行政强制"), ENTERED),
    Block("第二十条第（八）项", ("本年收费金额（单位：万元）",), ("行政事业性收费",), ENTERED),
)
T2_2019 = (
    Block(
        "第二十条第（一）项",
        ("本年新制作数量", "本年新公开数量", "对外公开总数量"),
        ("规章", "规范性文件"),
        RECORDS,
    ),
    Block(
        "第二十条第（五）项",
        ("上一年项目数量", "本年增/减", "处理决定数量"),
        ("行政许可", "其他对外管理服务事项"),
        ENTERED,
    ),
    Block(
        "第二十条第（六）项",
        ("上一年项目数量", "本年增/减", "处理决定数量"),
        ("行政处罚", "行政强制"),
        ENTERED,
    ),
    Block("第二十条第（八）项", ("上一年项目数量", "本年增/减"), ("行政事业性收费",), ENTERED),
    Block("第二十条第（九）项", ("采购项目数量", "采购总金额"), ("政府集中采购",), ENTERED),
)

#: Section 六's fee items (AR-SEC6-1, 2021 format; 国办函〔2020〕109号): the report's wording.
T6_ROW = "信息处理费"
T6_NOTICES, T6_NOTIFIED, T6_COLLECTED = (
    "发出收费通知件数",
    "收费通知金额（元）",
    "实际收取金额（元）",
)
T6_ITEMS = (T6_NOTICES, T6_NOTIFIED, T6_COLLECTED)
#: Every fee item Gongkai can count from the requests' fee records: key → default wording.
#: An organisation chooses which it reports and may reword them (AR-SEC6-1, ``FeeItems``).
T6_PAID = "实际缴费件数"
FEE_ITEMS = {
    "notices": T6_NOTICES,
    "notified": T6_NOTIFIED,
    "paid": T6_PAID,
    "collected": T6_COLLECTED,
}
DEFAULT_FEE_ITEMS = ("notices", "notified", "collected")

FORMAT_2021 = ReportFormat(
    year=2021,
    document="国办公开办函〔2021〕30号",
    sections=SECTIONS,
    overview_heads=("主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障"),
    t2_blocks=T2_2021,
    t3_rows=T3_ROWS_2021,
    t6_items=T6_ITEMS,
)
FORMAT_2019 = ReportFormat(
    year=2019,
    document="国办公开办函〔2019〕60号",
    sections=SECTIONS,
    overview_heads=(),
    t2_blocks=T2_2019,
    t3_rows=T3_ROWS_2019,
)

#: The first report year of each format, newest first (AR-FMT-1).
FORMATS = ((2021, FORMAT_2021), (2019, FORMAT_2019))
FIRST_REPORT_YEAR = 2019  # 《条例》 as revised in 2019 (国务院令第711号)


def format_for(year: int) -> ReportFormat:
    """The format of the report on ``year``: 2021 from 2021 on, 2019 for 2019–2020 (AR-FMT-1).

    Raises ``ValueError`` for a year before 2019: the revised 《条例》 and its formats did not
    exist yet.
    """
    for first, fmt in FORMATS:
        if year >= first:
            return fmt
    raise ValueError(year)


def t2_block_of(fmt: ReportFormat, row: str) -> Block | None:
    """The block of table 二 that holds ``row``, or None."""
    return next((b for b in fmt.t2_blocks if row in b.rows), None)


def narrative_parts(fmt: ReportFormat) -> list[tuple[str, str]]:
    """The parts of the report the disclosure office writes: (key, heading), in order.

    总体情况 has the 2021 format's sub-headings (（一）主动公开 … （五）监督保障) or, in the 2019
    format, is one text; then 五 and 六 (AR-FMT-1, AR-CONTENT-1).
    """
    titles = dict(fmt.sections)
    numbers = ("一", "二", "三", "四", "五", "六")
    overview = [
        (f"一({numbers[n]})", f"（{numbers[n]}）{head}")
        for n, head in enumerate(fmt.overview_heads)
    ] or [("一", titles["一"])]
    return [*overview, ("五", titles["五"]), ("六", titles["六"])]
