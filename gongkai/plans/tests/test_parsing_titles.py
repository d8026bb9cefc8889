"""Plan titles and years: the heading among the page's noise, and the year it names or implies.

Every text here is made up; each test names the form it covers.
"""

from __future__ import annotations

import opencc
import pytest

from gongkai.plans.parsing.meta import plan_title

from .helpers import parse_text

BODY = "\n一、主要任务\n（一）推进某项工作。做好某项公开。（责任单位：市甲局）\n"


def test_the_latest_cited_document_dates_a_plan_without_a_year_of_its_own() -> None:
    # the plan carries out two documents: it was issued no earlier than the later one
    plan = parse_text(
        "某市人民政府关于落实某某责任制的实施意见\n"
        "为落实《某院关于某某责任制的若干意见》（某发〔2014〕9号）和《某省人民政府关于"
        "落实某某责任制的实施意见》（某政发〔2015〕3号）精神，提出如下意见。" + BODY
    )
    assert plan.year == 2015


def test_a_title_s_period_dates_the_plan_before_the_documents_it_cites() -> None:
    plan = parse_text(
        "某市打赢某某保卫战实施方案（2019—2020年）\n"
        "为落实《某省打赢某某保卫战实施方案》（某府〔2018〕8号）要求，制定本方案。" + BODY
    )
    assert (plan.title, plan.year) == ("某市打赢某某保卫战实施方案（2019—2020年）", 2019)


def test_a_quote_opening_the_title_s_own_words_stays() -> None:
    plan = parse_text("“十四五”某某体系建设任务" + BODY)
    assert plan.title == "“十四五”某某体系建设任务"
    plan = parse_text("《某县2021年政务公开工作要点》" + BODY)
    assert plan.title == "某县2021年政务公开工作要点"


def test_a_breakdown_is_a_kind_of_plan() -> None:
    assert parse_text("某区2023年重点工作责任分解" + BODY).title == "某区2023年重点工作责任分解"


def test_a_procedure_is_a_kind_of_plan() -> None:
    assert parse_text("某某事项标准化办理工作流程" + BODY).title == "某某事项标准化办理工作流程"


def test_a_heading_after_the_plan_s_preamble_heads_a_part_of_it() -> None:
    plan = parse_text(
        "某市某某体系建设规划责任分解\n"
        "为落实某某规划，结合本市实际，制定本分解。\n"
        "某某体系的具体建设任务" + BODY
    )
    assert plan.title == "某市某某体系建设规划责任分解"


def test_a_heading_shortening_the_page_s_name_label_is_named_in_full() -> None:
    plan = parse_text(
        "索 引 号：\n名 称：某省某某委2021年政务公开工作台账\n分 类：其他;通知\n文 号：\n"
        "2021 年政务公开工作台账 |" + BODY
    )
    assert plan.title == "某省某某委2021年政务公开工作台账"


def test_a_page_s_labels_are_no_preamble() -> None:
    # the heading below the labels names the plan with its period
    plan = parse_text(
        "标 题：某市某某工作方案\n主题分类：综合政务;其他\n某市某某工作方案（2021—2022年）" + BODY
    )
    assert plan.title == "某市某某工作方案（2021—2022年）"


def test_an_attachment_list_s_number_is_not_in_the_title() -> None:
    plan = parse_text("附件：1. 2022年某某工作任务分解表" + BODY)
    assert plan.title == "2022年某某工作任务分解表"


def test_a_heading_broken_over_three_lines_is_one_title() -> None:
    plan = parse_text("某自治区人民政府关于加快推进\n某某\n服务标准化规范化的实施意见" + BODY)
    assert plan.title == "某自治区人民政府关于加快推进某某服务标准化规范化的实施意见"


def test_a_period_on_the_heading_s_last_line_closes_the_title_and_dates_the_plan() -> None:
    plan = parse_text(
        "某区全力打造“某某”品牌\n加快建设“某某城区”三年行动计划\n（2018—2020年）" + BODY
    )
    assert plan.title == "某区全力打造“某某”品牌加快建设“某某城区”三年行动计划（2018—2020年）"
    assert plan.year == 2018


def test_a_table_s_header_written_one_cell_a_line_is_no_heading() -> None:
    assert parse_text("类型 |\n事项 |\n目标清单 |\n完成情况 |" + BODY).title == ""


NUMBERED_HEADING = (
    "某市人民政府关于优化某某环境的实施意见（某政〔2017〕101号）\n"
    "来源:某市政府网 浏览次数: 发布时间:2018-01-26 20:57:53\n"
    "为贯彻落实《某省人民政府关于优化某某环境的意见》（某政〔2016〕5号），提出如下意见。"
)


def test_the_number_closing_a_heading_is_not_in_the_title() -> None:
    assert parse_text(NUMBERED_HEADING + BODY).title == "某市人民政府关于优化某某环境的实施意见"


def test_the_plan_s_own_number_dates_it_before_the_page_s_publication() -> None:
    assert parse_text(NUMBERED_HEADING + BODY).year == 2017


def test_a_number_a_sentence_cites_does_not_date_the_plan_before_its_issue_date() -> None:
    plan = parse_text(
        "某县某某工作实施方案\n按照某办发〔2016〕3号文件要求，结合实际，制定本方案。\n"
        "发布时间：2017-03-01" + BODY
    )
    assert plan.year == 2017


def test_a_page_s_title_above_its_date_and_source_line_stands_on_one_line() -> None:
    plan = parse_text(
        "背景：\n阅读全文\n某市某局某某工作任务分解表\n[日期：2015-06-11] 来源：办公室" + BODY
    )
    assert plan.title == "某市某局某某工作任务分解表"


SHARED = "《{0}.docx》由会员分享，可在线阅读，更多相关《{0}.docx》请在某某文库上搜索。\n"


def test_a_file_s_name_names_a_plan_whose_heading_runs_on() -> None:
    name = "某街道2022“某某”专项整治工作方案"
    plan = parse_text(
        f"{name}.docx\n" + SHARED.format(name) + "某街道2022年某某”专项整治工作方案目前已进入"
        "关键时期，为做好管控，特制定本方案。" + BODY
    )
    assert plan.title == name


def test_a_sharing_site_s_words_under_a_file_s_name_are_no_preamble() -> None:
    name = "某市某某工作要点实施方案"
    plan = parse_text(
        f"{name}.docx\n" + SHARED.format(name) + "某市2017年某某工作要点实施方案" + BODY
    )
    assert plan.title == "某市2017年某某工作要点实施方案"


def test_a_heading_shortening_a_file_s_name_keeps_its_own_words() -> None:
    name = "2022年某某事项办理工作流程"
    plan = parse_text(f"{name}.docx\n" + SHARED.format(name) + "某某事项办理工作流程" + BODY)
    assert plan.title == "某某事项办理工作流程"


def test_a_notice_setting_the_tasks_itself_is_named_by_its_heading() -> None:
    heading = "某市某局关于分解落实2018年重点工作任务的通知"
    plan = parse_text(
        f"{heading}\n各科室：\n现将今年承担的重点工作任务分解如下，请抓好落实。" + BODY
    )
    assert plan.title == heading


def test_a_line_of_a_numbered_attachment_list_is_no_heading() -> None:
    plan = parse_text("附件：1.某某工作方案\n2.某某事项清单（以某办为例）\n3.某某人员登记表" + BODY)
    assert plan.title == "某某工作方案"


def test_the_heading_under_an_attachment_s_label_is_its_title_whatever_it_ends_with() -> None:
    plan = parse_text("某某办公室\n2020年10月6日\n附件1\n某某学校某某测评指标体系（2.0）版" + BODY)
    assert plan.title == "某某学校某某测评指标体系（2.0）版"


def test_a_heading_with_characters_lost_to_an_encoding_is_named_by_the_notice() -> None:
    plan = parse_text(
        "经市人民政府同意，现将《某市2017年政务公开工作要点》印发给你们，请认真贯彻落实。\n"
        "某市人民政府办公厅\n2017年3月1日\n某?017年政务公开工作要点" + BODY
    )
    assert plan.title == "某市2017年政务公开工作要点"


def test_a_table_s_header_row_under_an_attachment_s_label_is_no_heading() -> None:
    assert parse_text("附件1\n序号 | 工作任务 | 责任单位" + BODY).title == ""


def test_a_heading_joined_over_lines_stays_within_a_title_s_length() -> None:
    first = "某" * 28
    second = "某自治区人民政府关于加快推进某某某某某某某某某某"
    plan = parse_text(f"{first}\n{second}\n某某服务标准化规范化的实施意见" + BODY)
    assert plan.title == second + "某某服务标准化规范化的实施意见"


def test_a_document_number_above_the_heading_is_not_in_the_title_but_dates_it() -> None:
    plan = parse_text("某政办发〔2020〕12号\n某县政务公开工作实施方案" + BODY)
    assert (plan.title, plan.year) == ("某县政务公开工作实施方案", 2020)


def test_a_date_written_with_dashes_above_the_heading_is_not_in_the_title() -> None:
    assert (
        parse_text("2019-05-06\n某县政务公开工作实施方案" + BODY).title
        == "某县政务公开工作实施方案"
    )


def test_a_heading_whose_last_word_a_wrap_carried_over_is_one_title() -> None:
    assert parse_text("某县2021年政务公开工作\n要点" + BODY).title == "某县2021年政务公开工作要点"
    long_first = "某县人民政府关于全面推进某某领域基层政务公开标准化规范化工作的实施"
    assert parse_text(f"{long_first}\n方案" + BODY).title == long_first + "方案"


def test_header_cells_one_a_line_are_no_wrapped_heading() -> None:
    plan = parse_text("某市2017年某某工作实施方案\n目标\n任务\n主要内容\n责任单位" + BODY)
    assert plan.title == "某市2017年某某工作实施方案"


def test_a_date_in_brackets_under_the_heading_is_no_period() -> None:
    assert parse_text("某县2021年政务公开工作要点\n（2021年3月5日）" + BODY).title == (
        "某县2021年政务公开工作要点"
    )


def test_a_place_on_its_own_line_above_a_dated_heading_opens_the_title() -> None:
    plan = parse_text("某某县\n2021年政务公开工作要点" + BODY)
    assert (plan.title, plan.year) == ("某某县2021年政务公开工作要点", 2021)
    # a heading naming its place itself is whole
    assert parse_text("某某县\n2021年某某县政务公开工作要点" + BODY).title == (
        "2021年某某县政务公开工作要点"
    )


def test_a_site_s_channel_above_a_heading_is_not_in_the_title() -> None:
    assert (
        parse_text("通知公告\n某县政务公开工作实施方案" + BODY).title == "某县政务公开工作实施方案"
    )
    assert parse_text("政策文件\n政务公开工作要点" + BODY).title == "政务公开工作要点"


def test_an_issuer_above_a_heading_naming_its_place_is_not_in_the_title() -> None:
    plan = parse_text("某县人民政府办公室\n某县政务公开工作实施方案" + BODY)
    assert plan.title == "某县政务公开工作实施方案"
    # a place above a heading that does not name one still opens it
    assert parse_text("某某县\n城市更新行动方案" + BODY).title == "某某县城市更新行动方案"


def test_a_notice_setting_the_tasks_itself_broken_after_its_issuer_is_one_title() -> None:
    rest = "\n各科室：\n现将今年承担的重点工作任务分解如下，请抓好落实。"
    plan = parse_text("某市某某局\n关于分解落实2018年重点工作任务的通知" + rest + BODY)
    assert plan.title == "某市某某局关于分解落实2018年重点工作任务的通知"
    plan = parse_text("某市某某局关于分解落实\n2018年重点工作任务的通知" + rest + BODY)
    assert plan.title == "某市某某局关于分解落实2018年重点工作任务的通知"
    # a date or a site's channel above it is no issuer
    for above in ("2018年3月1日", "通知公告"):
        plan = parse_text(f"{above}\n关于分解落实2018年重点工作任务的通知" + rest + BODY)
        assert above not in plan.title


def test_an_issuer_above_a_heading_naming_no_place_is_not_in_the_title() -> None:
    assert parse_text("某某局办公室\n政务公开工作实施方案" + BODY).title == "政务公开工作实施方案"
    plan = parse_text("中共某某县委办公室\n某某县人民政府办公室\n城市更新行动方案" + BODY)
    assert plan.title == "城市更新行动方案"
    # nor a masthead (某某县人民政府文件)
    assert parse_text("某某县人民政府文件\n城市更新行动方案" + BODY).title == "城市更新行动方案"


def test_a_heading_opening_with_about_under_its_issuer_is_one_title() -> None:
    plan = parse_text("某某县人民政府办公室\n关于加快某某产业发展的实施意见" + BODY)
    assert plan.title == "某某县人民政府办公室关于加快某某产业发展的实施意见"
    plan = parse_text("中共某某县委办公室\n某某县人民政府办公室\n关于推进某某工作的行动方案" + BODY)
    assert plan.title == "中共某某县委办公室某某县人民政府办公室关于推进某某工作的行动方案"
    # in traditional characters, and alone
    plan = parse_text("某某縣人民政府\n關於加快某某產業發展的實施意見" + BODY)
    assert plan.title == "某某縣人民政府關於加快某某產業發展的實施意見"
    assert parse_text("关于某某专项资金的管理办法" + BODY).title == "关于某某专项资金的管理办法"


def test_a_heading_with_spaces_between_its_characters_is_a_title() -> None:
    plan = parse_text("某 县 2 0 2 3 年 政 务 公 开 工 作 要 点" + BODY)
    assert (plan.title, plan.year) == ("某县2023年政务公开工作要点", 2023)
    assert (
        parse_text("某某县2023年政务公开\n工 作 要 点" + BODY).title
        == "某某县2023年政务公开工作要点"
    )


def test_a_span_of_years_in_a_heading_dates_the_plan_by_its_first_year() -> None:
    for span in ("2022—2023年", "2022-2023年度", "2022至2023年"):
        plan = parse_text(f"某县{span}政务公开工作实施方案" + BODY)
        assert (plan.title, plan.year) == (f"某县{span}政务公开工作实施方案", 2022)


def test_the_notice_s_year_dates_a_heading_without_one_before_the_notice_s_number() -> None:
    # issued in December for the next year
    plan = parse_text(
        "某县人民政府办公室关于印发2024年政务公开工作要点的通知\n某政办发〔2023〕45号\n"
        "2023年12月20日\n政务公开工作要点" + BODY
    )
    assert (plan.title, plan.year) == ("政务公开工作要点", 2024)


def test_a_page_s_date_among_its_furniture_dates_a_heading_without_a_year() -> None:
    plan = parse_text(
        "首页 > 政务公开 > 计划总结\n某县政务公开工作要点\n"
        "发布时间：2023-03-01 来源：县政府办 浏览次数：123\n字号：大 中 小 打印" + BODY
    )
    assert (plan.title, plan.year) == ("某县政务公开工作要点", 2023)
    plan = parse_text(
        "某县政务公开工作要点\n来源：县政府办\n【日期：2022年05月06日】\n【字体：大 中 小】" + BODY
    )
    assert (plan.title, plan.year) == ("某县政务公开工作要点", 2022)


NOTICE_BODY = "\n各乡镇：\n现印发给你们，请认真贯彻落实。"


def test_a_notice_s_heading_broken_after_its_verb_or_closed_by_its_number_names_the_plan() -> None:
    plan = parse_text(
        "某县人民政府办公室关于印发\n某县2023年某某工作要点的通知" + NOTICE_BODY + BODY
    )
    assert plan.title == "某县2023年某某工作要点"
    plan = parse_text(
        "某县人民政府办公室关于印发某县2023年某某工作要点的通知（某政办发〔2023〕5号）"
        + NOTICE_BODY
        + BODY
    )
    assert plan.title == "某县2023年某某工作要点"


PREAMBLE = "\n为贯彻落实《某省某某条例》（某政发〔2021〕5号），结合实际，制定本方案。"


def test_the_date_a_line_under_the_heading_gives_dates_it_before_a_cited_number() -> None:
    plan = parse_text(
        "某县某某工作实施方案\n（2023年3月1日县政府第5次常务会议审议通过）" + PREAMBLE + BODY
    )
    assert (plan.title, plan.year) == ("某县某某工作实施方案", 2023)


def test_a_site_s_crumbs_are_no_title() -> None:
    assert parse_text("政务公开 > 规划计划 > 工作计划" + BODY).title == ""


def test_a_page_s_title_naming_its_site_after_it_is_the_heading_alone() -> None:
    for tail in ("_某县人民政府网", " - 某县人民政府"):
        assert parse_text(f"某县2023年某某工作要点{tail}" + BODY).title == "某县2023年某某工作要点"


def test_a_year_in_chinese_numerals_dates_the_plan() -> None:
    for title in ("二〇二三年某县某某工作要点", "某县二Ｏ二三年某某工作要点"):
        assert parse_text(title + BODY).year == 2023
    plan = parse_text(
        "某县某某工作实施方案\n某县人民政府办公室\n二〇二三年三月十五日" + PREAMBLE + BODY
    )
    assert plan.year == 2023


def test_the_notice_s_body_names_the_plan_whose_heading_was_lost() -> None:
    for body in (
        "现将《某县2023年某某工作要点》印发给你们，请认真贯彻落实。",
        "《某县2023年某某工作要点》已经县政府同意，现印发给你们，请认真贯彻落实。",
    ):
        plan = parse_text(f"各乡镇人民政府，县政府各部门：\n{body}\n某县人民政府办公室" + BODY)
        assert plan.title == "某县2023年某某工作要点"
    # a document it carries out is not the plan
    plan = parse_text("根据《某省某某条例》规定，现将本要点印发给你们，请遵照执行。" + BODY)
    assert plan.title == ""


def test_a_heading_s_first_line_ending_as_an_issuer_does_still_opens_it() -> None:
    for first in ("某县加快构建开放新格局", "某县推进政务服务一网通办", "某县建设区域物流枢纽西部"):
        assert parse_text(f"{first}\n三年行动方案" + BODY).title == first + "三年行动方案"
    for issuer in ("某某街道办事处", "中共某某县委宣传部", "某某县委办"):
        assert parse_text(f"{issuer}\n城市更新行动方案" + BODY).title == "城市更新行动方案"


def test_headings_ending_with_other_plan_words_are_titles() -> None:
    for title in (
        "某县2023年某某工作重点",
        "某县某某工作推进表",
        "某市某某建设行动纲要",
        "某县优化某某环境十条举措",
        "某某事项办理指引",
    ):
        assert parse_text(title + BODY).title == title


def test_a_notice_issuing_the_plan_without_about_names_it() -> None:
    for heading in (
        "某县人民政府办公室印发《某县2023年某某工作要点》的通知",
        "某县人民政府办公室印发\n某县2023年某某工作要点的通知",
    ):
        assert parse_text(heading + NOTICE_BODY + BODY).title == "某县2023年某某工作要点"


def test_a_heading_in_square_brackets_is_a_title() -> None:
    assert parse_text("【某县2023年某某工作要点】" + BODY).title == "某县2023年某某工作要点"


def test_a_page_s_date_in_brackets_after_the_title_is_no_part_of_it() -> None:
    plan = parse_text("2031年青岚市某某委员会某某工作要点 ( 2031年05月09日 )\n" + BODY)
    assert plan.title == "2031年青岚市某某委员会某某工作要点"
    # a period in brackets is the plan's own
    assert (
        parse_text("青岚市某某行动方案（2031—2033年）" + BODY).title
        == "青岚市某某行动方案（2031—2033年）"
    )


def test_a_portal_s_tag_in_square_brackets_before_the_title_is_dropped() -> None:
    plan = parse_text("【某某任务分工】青岚县某联合会2031年某某重点工作任务分工\n" + BODY)
    assert plan.title == "青岚县某联合会2031年某某重点工作任务分工"


_S2T = opencc.OpenCC("s2t")

# a news site's page carrying a policy: its navigation, a headline of the news, the page's date
# and a lead paragraph naming the policy in 《》, then the policy's own heading over its body
NEWS_HEAD = (
    "首页 要闻 专题 访谈 评论\n"
    "您的位置:首页 > 要闻 新闻详情\n"
    "{headline}\n"
    "{meta}"
    "　　日前，青岚市人民政府印发《{title}》，涉及某某、某某等6个领域40条政策。\n"
    "{title}\n"
    "为推动某某发展，结合本市实际，制定以下政策。"
)


@pytest.mark.parametrize("convert", [str, _S2T.convert], ids=["simplified", "traditional"])
def test_a_set_of_policies_under_a_news_page_s_lead_is_the_title(convert) -> None:
    title = "关于进一步推动某某产业高质量发展的若干政策"
    text = NEWS_HEAD.format(
        headline="6个领域40条政策 青岚市进一步推动某某产业发展",
        meta="发布时间 | 2031-02-21 14:16:29\n",
        title=title,
    )
    assert parse_text(convert(text + BODY)).title == convert(title)


@pytest.mark.parametrize("convert", [str, _S2T.convert], ids=["simplified", "traditional"])
def test_a_heading_the_lead_quotes_is_the_title_not_the_headline_above_the_lead(convert) -> None:
    # the headline ends as a plan's title does, right above the lead: the heading under the lead
    # is the plan's own (the lead quotes it), not a part of the plan after its preamble
    title = "青岚市推动某某产业发展若干措施"
    text = NEWS_HEAD.format(headline="青岚市出台某某产业发展实施方案", meta="", title=title)
    assert parse_text(convert(text + BODY)).title == convert(title)


def test_issuers_printed_before_the_heading_on_its_line_are_not_in_the_title() -> None:
    # a masthead's issuers, spaced or not, set apart from the heading by a space
    for head in ("某市人民政府 ", "中 共 某 某 市 委 某某市人民政府 "):
        plan = parse_text(
            head + "关于进一步做好某某工作的意见\n为做好某某工作，提出如下意见。" + BODY
        )
        assert plan.title == "关于进一步做好某某工作的意见"


def test_header_cells_one_a_line_without_bars_are_neither_title_nor_its_part() -> None:
    cells = "\n\n序号\n\n重点工作任务\n\n责任单位\n\n完成时限\n"
    plan = parse_text("某县某局2025年重点工作任务分解表" + cells + BODY)
    assert plan.title == "某县某局2025年重点工作任务分解表"
    plan = parse_text(
        "某县人民政府办公室2021年政务公开重点工作任务分工\n\n工作任务\n\n具体要求" + BODY
    )
    assert plan.title == "某县人民政府办公室2021年政务公开重点工作任务分工"


def test_a_progress_report_on_the_tasks_is_named_by_its_heading() -> None:
    plan = parse_text("2023年5月某局政务公开重点工作任务完成情况\n发布时间:2023-05-31 15:51" + BODY)
    assert plan.title == "2023年5月某局政务公开重点工作任务完成情况"


def test_an_attachment_list_s_numbered_lines_are_no_title() -> None:
    # an attachment list's numbers before a year (2.2022年度…)
    table = "\n序号 | 改革举措 | 主要内容 | 负责单位 |\n1 | 某某举措 | 做好某项工作。 | 某部 |\n"
    listed = (
        "附件：1.2022年度某省民生实事项目完成情况\n2.2022年度某市民生实事项目完成情况\n"
        "3.2022年度某县民生实事项目完成情况"
    )
    assert parse_text(listed + table).title == ""


def test_a_heading_broken_after_its_issuer_is_joined_as_the_notice_quotes_it() -> None:
    # the issuing notice quotes the plan's name in full; the heading under it is broken after the
    # issuer's name (which alone would be no part of a title)
    plan = parse_text(
        "局机关各科室：\n"
        "现将《甲市乙局贯彻落实省政府办公厅2022年某某工作要点分工方案》印发你们，请认真贯彻执行。\n"
        "甲市乙局\n"
        "2022年8月10日\n"
        "甲市乙局贯彻落实省政府办公厅\n"
        "2022年某某工作要点分工方案" + BODY
    )
    assert plan.title == "甲市乙局贯彻落实省政府办公厅2022年某某工作要点分工方案"


def test_an_issuer_above_a_heading_stays_out_where_nothing_quotes_them_together() -> None:
    plan = parse_text("甲市乙局办公室\n2022年某某工作要点分工方案" + BODY)
    assert plan.title == "2022年某某工作要点分工方案"


def test_a_heading_that_lost_a_character_is_named_by_the_page_s_name_label() -> None:
    # the page's 名称 label holds the title whole; the body's heading lost its 年 (20219月)
    plan = parse_text(
        "名  称: 【某某专栏】甲市乙区2021年9月某某重点工作任务进展情况\n"
        "甲市乙区20219月某某重点工作任务进展情况" + BODY
    )
    assert plan.title == "甲市乙区2021年9月某某重点工作任务进展情况"


def test_a_heading_differing_from_the_label_by_more_than_a_lost_character_keeps_its_own() -> None:
    plan = parse_text(
        "名  称: 甲市乙区2021年9月某某重点工作任务进展情况\n"
        "甲市乙区2021年10月某某重点工作任务进展情况" + BODY
    )
    assert plan.title == "甲市乙区2021年10月某某重点工作任务进展情况"


def test_a_period_in_the_title_dates_a_plan_issued_the_year_before_it() -> None:
    plan = parse_text(
        "某市人民政府办公室关于印发某市某某行动计划（2026—2027年）的通知\n"
        "某府办发〔2025〕31号\n"
        "各县（区）人民政府：\n现将《某市某某行动计划（2026—2027年）》印发给你们，请认真贯彻执行。\n"
        "某市人民政府办公室\n2025年12月20日\n"
        "某市某某行动计划（2026—2027年）" + BODY
    )
    assert (plan.title, plan.year) == ("某市某某行动计划（2026—2027年）", 2026)


def test_a_draft_s_mark_after_the_period_stays_in_the_title() -> None:
    plan = parse_text(
        "某市打造某某高地行动计划（2026—2028年）（征求意见稿）\n到2028年，建成某某。" + BODY
    )
    assert (plan.title, plan.year) == (
        "某市打造某某高地行动计划（2026—2028年）（征求意见稿）",
        2026,
    )


def test_a_set_of_actions_is_a_title() -> None:
    plan = parse_text("某区关于支持某某协同发展十大行动（征求意见稿）\n到2028年，培育某某。" + BODY)
    assert plan.title == "某区关于支持某某协同发展十大行动（征求意见稿）"


def test_a_page_s_date_written_with_dashes_after_the_title_is_no_part_of_it() -> None:
    plan = parse_text("2021年某市某局政务公开工作要点 ( 2021-05-20 )" + BODY)
    assert (plan.title, plan.year) == ("2021年某市某局政务公开工作要点", 2021)


def test_a_notice_s_numbered_paragraph_names_no_plan_before_its_attachment() -> None:
    # the lines before the attachment's table (the notice's own paragraphs dropped as no tasks)
    lines = [
        "某院办公厅关于推广第二批某某改革举措的通知",
        "各省人民政府：",
        "按照部署，某某地区形成了一批改革举措。经同意，现就推广工作通知如下：",
        "一、推广的改革举措（共2项）",
        "（一）某某方面2项：某某审批改革；某某服务改革。",
        "二、认真抓好组织实施",
        "各地区要加强组织领导，确保举措落地。",
        "附件：第二批某某改革举措推广清单",
        "某院办公厅",
        "2018年12月23日",
        "附件",
        "第二批某某改革举措推广清单",
    ]
    assert plan_title(lines, len(lines)) == "第二批某某改革举措推广清单"


def test_a_page_number_run_on_with_the_title_is_no_part_of_it() -> None:
    plan = parse_text("- 1 - 某县2022年法治政府建设工作计划" + BODY)
    assert plan.title == "某县2022年法治政府建设工作计划"
    plan = parse_text(
        "某县2022年法治政府建设工作计划\n— 2 — 一、主要任务\n"
        "（一）推进某项工作。（责任单位：县甲局）"
    )
    assert [("/".join(t.path), t.units) for t in plan.tasks] == [("一/（一）", ["县甲局"])]
