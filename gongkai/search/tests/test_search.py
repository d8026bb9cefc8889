"""The search suite: runs unchanged on the SQLite (FTS5) and PostgreSQL (tsvector) backends."""

import datetime
from typing import Any

import pytest
from django.db import connection
from django.test.utils import override_settings

from gongkai.orgs.models import Organisation
from gongkai.search import services, text
from gongkai.search.backends import get_backend
from gongkai.search.models import SearchDocument
from gongkai.search.selectors import COUNT_CAP, SearchPage, search
from gongkai.search.services import index_remove, index_upsert

pytestmark = pytest.mark.django_db

TZ = datetime.UTC


def when(year: int, month: int = 1, day: int = 1) -> datetime.datetime:
    return datetime.datetime(year, month, day, 9, 0, tzinfo=TZ)


def doc(object_id: int, title: str, body: str = "", **kwargs: Any) -> SearchDocument:
    kwargs.setdefault("published_at", when(2024, 1, 1) + datetime.timedelta(days=object_id))
    return index_upsert(
        object_type="item",
        object_id=object_id,
        title=title,
        body=body,
        url=f"/items/{object_id}/",
        **kwargs,
    )


def ids(page: SearchPage) -> list[str]:
    return [r.object_id for r in page.results]


@pytest.fixture
def orgs() -> tuple[Organisation, Organisation]:
    civil = Organisation.objects.create(name="昆明市民政局", path="/1/")
    health = Organisation.objects.create(name="昆明市卫生健康委员会", path="/2/")
    return civil, health


def test_backend_follows_the_database_vendor() -> None:
    assert get_backend().name == {"sqlite": "sqlite", "postgresql": "postgres"}[connection.vendor]


@override_settings(GONGKAI_SEARCH_BACKEND="nonsense")
def test_unknown_backend_setting_is_refused() -> None:
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        get_backend()


def test_bigrams_find_a_word_inside_a_compound_name() -> None:
    doc(1, "市民政局关于养老服务补贴的通知", "各区县:现将有关事项通知如下。")
    doc(2, "关于开展安全检查的通知", "请市民政局、市财政局配合。")
    doc(3, "市财政局预算公开", "与民生无关的预算说明。")
    page = search(query="民政")
    assert sorted(ids(page)) == ["1", "2"]
    assert page.total == 2


def test_traditional_and_simplified_queries_find_the_same_documents() -> None:
    doc(1, "卫生健康工作要点", "加强公共卫生体系建设。")
    doc(2, "衛生監督公告", "醫療機構衛生監督。")
    assert sorted(ids(search(query="衛生"))) == ["1", "2"]
    assert sorted(ids(search(query="卫生"))) == ["1", "2"]
    assert search(query="衛生").query == "衛生"  # echoed as typed


def test_full_width_and_case_are_folded() -> None:
    doc(1, "ＰＭ２.５监测数据公开", "")
    assert ids(search(query="pm2")) == ["1"]
    page = search(query="ＰＭ2 Abc")
    assert page.query == "ＰＭ2 Abc"  # echoed as typed, not lower-cased


def test_single_character_query_matches_anywhere_in_a_run() -> None:
    doc(1, "个人所得税", "")
    doc(2, "税收优惠政策", "")
    doc(3, "财政预算", "")
    assert sorted(ids(search(query="税"))) == ["1", "2"]


def test_filters(orgs: tuple[Organisation, Organisation]) -> None:
    civil, health = orgs
    doc(1, "养老服务通知", org=civil, theme="养老", genre="通知", year=2023, validity="有效")
    doc(2, "养老机构检查", org=health, theme="养老", genre="公告", year=2024, validity="失效")
    doc(3, "养老补贴发放", org=civil, theme="补贴", genre="通知", year=2024, validity="有效")
    q = "养老"
    assert sorted(ids(search(query=q, filters={"org": civil}))) == ["1", "3"]
    assert sorted(ids(search(query=q, filters={"org": [health.pk]}))) == ["2"]
    assert sorted(ids(search(query=q, filters={"theme": "养老"}))) == ["1", "2"]
    assert sorted(ids(search(query=q, filters={"genre": "通知", "year": 2024}))) == ["3"]
    assert sorted(ids(search(query=q, filters={"validity": "失效"}))) == ["2"]
    assert ids(search(query=q, filters={"year": "not a year", "bogus": 1})) != []
    page = search(query=q)
    orgs_facet = {f["label"]: f["count"] for f in page.facets["org"]}
    assert orgs_facet == {"昆明市民政局": 2, "昆明市卫生健康委员会": 1}
    assert {f["value"]: f["count"] for f in page.facets["year"]} == {2023: 1, 2024: 2}


def test_sort_by_date_puts_newest_first() -> None:
    doc(1, "养老政策解读", published_at=when(2021))
    doc(2, "养老政策", published_at=when(2024))
    doc(3, "关于养老", published_at=when(2022))
    page = search(query="养老", sort="date")
    assert ids(page) == ["2", "3", "1"]
    assert page.results[0].published_at == when(2024)


def test_withdrawn_document_disappears_at_once() -> None:
    doc(1, "征地补偿公告", "补偿标准。")
    doc(2, "征地补偿方案", "补偿方案。")
    assert len(search(query="征地补偿").results) == 2
    assert index_remove(object_type="item", object_id=1) is True
    assert ids(search(query="征地补偿")) == ["2"]
    assert index_remove(object_type="item", object_id=1) is False


def test_amendment_replaces_the_indexed_text() -> None:
    doc(1, "原标题", "旧的内容涉及水利工程。")
    doc(1, "新标题", "新的内容涉及交通运输。", published_at=when(2025))
    assert ids(search(query="水利")) == []
    assert ids(search(query="交通运输")) == ["1"]
    assert SearchDocument.objects.count() == 1


def test_non_public_document_is_kept_out_of_results() -> None:
    doc(1, "内部审计报告", "审计")
    doc(1, "内部审计报告", "审计", is_public=False)
    assert ids(search(query="审计")) == []
    doc(1, "内部审计报告", "审计")
    assert ids(search(query="审计")) == ["1"]


def test_snippet_highlights_and_escapes() -> None:
    doc(1, "<b>环境</b>信息", "前文<script>alert('x')</script>重点:生态环境保护 & 治理。")
    result = search(query="生态环境").results[0]
    assert "<script>" not in result.snippet
    assert "&lt;script&gt;" in result.snippet
    assert "<mark>生态环境</mark>" in result.snippet
    assert "&amp;" in result.snippet
    assert result.title_html == "&lt;b&gt;<mark>环境</mark>&lt;/b&gt;信息"


def test_snippet_marks_traditional_text_for_a_simplified_query() -> None:
    doc(1, "通知", "加強衛生監督。")
    assert "<mark>衛生</mark>" in search(query="卫生").results[0].snippet


def test_title_match_ranks_above_a_passing_mention() -> None:
    doc(1, "年度工作总结", "本年度完成多项工作,其中也涉及数据开放。" + "其他工作内容。" * 20)
    doc(2, "数据开放工作方案", "为推进数据开放,制定本方案。")
    doc(3, "年度计划", "附带提到数据开放一次。" + "计划内容。" * 20)
    page = search(query="数据开放")
    assert ids(page)[0] == "2"
    assert page.results[0].score > page.results[1].score


@pytest.mark.parametrize(
    "query",
    ["", "   ", '"', "*", "NEAR", "'", "OR", ")", '"民政" OR *', "NEAR(a b)", "a AND", "\\", "%_"],
)
def test_odd_queries_return_a_sensible_page(query: str) -> None:
    doc(1, "市民政局 NEAR OR 通知", "内容")
    page = search(query=query)
    assert page.page == 1
    assert page.pages >= 1
    assert page.total >= 0


def test_words_with_ascii_punctuation_are_searched() -> None:
    doc(1, "PM2.5监测数据", "细颗粒物(PM2.5)浓度。C++ 与 e-mail。")
    doc(2, "空气质量", "")
    for query in ("pm2.5", "PM2.5 监测", "c++", "e-mail"):
        assert ids(search(query=query)) == ["1"], query


def test_syntax_words_are_searched_as_words() -> None:
    doc(1, "NEAR 与 OR 的说明", "")
    doc(2, "其他", "")
    assert ids(search(query="near")) == ["1"]
    assert ids(search(query="OR")) == ["1"]


def test_empty_query_lists_newest_documents() -> None:
    doc(1, "甲", published_at=when(2020))
    doc(2, "乙", published_at=when(2023))
    page = search(query="")
    assert ids(page) == ["2", "1"]
    assert page.sort == "date"


def test_very_long_query_is_cut_not_refused() -> None:
    doc(1, "交通运输", "")
    page = search(query="交通运输" + "长" * 10_000)
    assert len(page.query) <= 64
    assert page.page == 1


def test_page_past_the_end_gives_the_last_page() -> None:
    for i in range(1, 13):
        doc(i, f"交通规划第{i}号", "")
    page = search(query="交通规划", page=99, page_size=5)
    assert (page.page, page.pages, page.total, len(page.results)) == (3, 3, 12, 2)
    assert search(query="交通规划", page="x").page == 1
    assert search(query="交通规划", page=-4).page == 1


def test_total_stops_counting_at_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("gongkai.search.selectors.POOL", 3)
    monkeypatch.setattr("gongkai.search.selectors.COUNT_CAP", 4)
    for i in range(1, 8):
        doc(i, f"水利建设项目{i}", "")
    page = search(query="水利", page_size=2, page=2)
    assert (page.total, page.total_capped, page.pages) == (4, True, 2)
    seen = ids(search(query="水利", page_size=2, page=1)) + ids(page)
    assert len(set(seen)) == 4
    assert COUNT_CAP >= 1000


def test_a_phrase_query_counts_up_to_the_pool_and_says_more_than(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("gongkai.search.selectors.POOL", 3)
    for i in range(1, 8):
        doc(i, f"水利建设项目{i}", "")
        doc(100 + i, f"水利项目建设{i}", "")  # the words, not the phrase
    page = search(query="水利建设", page_size=2)
    assert (page.total, page.total_capped, page.pages) == (3, True, 2)
    seen = ids(page) + ids(search(query="水利建设", page_size=2, page=2))
    assert len(set(seen)) == len(seen) >= 3
    assert set(seen) <= {str(i) for i in range(1, 8)}
    few = search(query="水利项目建设")
    assert (few.total, few.total_capped) == (3, True)
    monkeypatch.setattr("gongkai.search.selectors.POOL", 10)
    assert (search(query="水利建设").total, search(query="水利建设").total_capped) == (7, False)


def test_pages_beyond_the_pool_continue_by_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("gongkai.search.selectors.POOL", 3)
    for i in range(1, 8):
        doc(i, f"森林防火{i}", "")
    for query in ("森林", ""):
        seen = [ids(search(query=query, page=p, page_size=2)) for p in (1, 2, 3, 4)]
        flat = [i for chunk in seen for i in chunk]
        assert sorted(flat) == [str(i) for i in range(1, 8)], query
        assert flat[3:] == ["4", "3", "2", "1"]


def test_user_dictionary_terms_are_used_for_ranking() -> None:
    services.add_term("放管服", kind="policy")
    assert "放管服" in text.words(text.normalise("深化放管服改革"))
    services.remove_term("放管服")


def test_org_names_join_the_dictionary(orgs: tuple[Organisation, Organisation]) -> None:
    assert services.sync_org_terms() >= 2
    assert "昆明市民政局" in text.words(text.normalise("昆明市民政局发布"), for_search=False)


def test_reindex_all_rebuilds_the_index() -> None:
    doc(1, "河道治理", "")
    doc(2, "河道保洁", "")
    assert services.reindex_all() == 2
    assert sorted(ids(search(query="河道"))) == ["1", "2"]


def test_snippet_comes_from_the_attachment_when_only_it_matches() -> None:
    doc(1, "通知", "正文没有相关内容。", attachments_text="附件:危险化学品目录。")
    result = search(query="危险化学品").results[0]
    assert "<mark>危险化学品</mark>" in result.snippet


def test_naive_publication_time_is_accepted() -> None:
    doc(1, "旧文件归档", published_at=datetime.datetime(2019, 5, 1, 8, 0))
    assert search(query="归档").results[0].published_at.year == 2019


def test_reindex_command_runs() -> None:
    from io import StringIO

    from django.core.management import call_command

    doc(1, "河道治理", "")
    out = StringIO()
    call_command("search_reindex", stdout=out)
    assert "1" in out.getvalue()
    assert ids(search(query="河道")) == ["1"]


def test_newest_matches_are_found_through_month_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("gongkai.search.selectors.POOL", 2)
    monkeypatch.setattr("gongkai.search.selectors.COUNT_CAP", 3)
    monkeypatch.setattr("gongkai.search.backends.postgres.WINDOW_START", 1)
    dates = [when(2019, 3), when(2021, 11), when(2022, 1), when(2022, 2), when(2023, 12)]
    for i, published in enumerate(dates, start=1):
        doc(i, f"粮食安全{i}", "", published_at=published)
        doc(100 + i, f"无关文件{i}", "", published_at=published)
    page = search(query="粮食", sort="date", page_size=1)
    assert (ids(page), page.total, page.total_capped) == (["5"], 3, True)
    assert ids(search(query="粮食", sort="date", page=3, page_size=1)) == ["3"]
    assert sorted(ids(search(query="粮食", page_size=2))) == ["4", "5"]
    index_remove(object_type="item", object_id=5)
    assert ids(search(query="粮食", sort="date", page_size=1)) == ["4"]


def test_window_query_has_a_branch_per_year_and_cuts_the_oldest_by_month() -> None:
    from gongkai.search.backends import MatchQuery
    from gongkai.search.backends.postgres import match_tsquery, match_vector

    months = [2022 * 12 + m for m in (2, 10, 11)] + [2023 * 12 + 5, 2024 * 12]
    query = MatchQuery(tokens=[("民政", False), ("局", True)])
    assert match_tsquery(query, months, 2022 * 12 + 10) == (
        "('2024~民政' & '2024~局':*) | ('2023~民政' & '2023~局':*) | "
        "('2022~民政' & '2022~局':* & ('~m24275' | '~m24274'))"
    )
    assert match_tsquery(query, months, 2023 * 12 + 5) == (
        "('2024~民政' & '2024~局':*) | ('2023~民政' & '2023~局':*)"
    )
    assert match_tsquery(query, months).count("|") == 2
    vector = match_vector(["民政", "政局", "民政"], 2024 * 12 + 3)
    assert vector == "'2024~民政' '2024~政局' '~m24291'"


def test_a_one_character_query_matches_in_every_year() -> None:
    doc(1, "河道治理", "", published_at=when(2019, 6))
    doc(2, "河长制", "", published_at=when(2024, 2))
    doc(3, "湖泊", "", published_at=when(2024, 3))
    assert ids(search(query="河", sort="date")) == ["2", "1"]


def test_search_leaves_the_planner_settings_alone() -> None:
    doc(1, "节能减排", "")
    assert ids(search(query="节能")) == ["1"]
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("SELECT current_setting('enable_seqscan')")
            assert cur.fetchone()[0] == "on"


@pytest.mark.django_db(transaction=True)
def test_flushing_the_documents_leaves_no_stale_index_rows():
    """Transactional tests and database resets flush Django's tables; the index must follow."""
    from django.core.management import call_command

    from gongkai.search.selectors import search
    from gongkai.search.services import index_upsert

    index_upsert(object_type="t.doc", object_id=1, title="市民政局低保公示", body="", url="/x/")
    assert search(query="民政").total == 1
    call_command("flush", interactive=False, verbosity=0)
    assert search(query="民政").total == 0
    index_upsert(object_type="t.doc", object_id=2, title="民政工作要点", body="", url="/y/")
    assert search(query="民政").total == 1


def test_ranking_words_never_match_on_their_own() -> None:
    """Only the match tokens match: ranking by words must not widen or narrow the results."""
    doc(1, "社会保障卡办理指南", "办理社会保障卡须携带身份证件。")
    doc(2, "社会救助", "保障困难群众基本生活。")
    assert ids(search(query="社会保障")) == ["1"]
    assert ids(search(query="保障 社会", sort="date")) == ["2", "1"]
    assert search(query="社会 ng").total == 0


@pytest.mark.django_db(transaction=True)
def test_the_index_survives_its_migrations_both_ways():
    """Upgrading an existing site rewrites the index from the kept tokens, no re-indexing."""
    from django.core.management import call_command

    from gongkai.search.services import index_upsert

    index_upsert(object_type="t.doc", object_id=1, title="市民政局低保公示", body="", url="/x/")
    index_upsert(object_type="t.doc", object_id=2, title="河道治理", body="民政", url="/y/")
    try:
        call_command("migrate", "search", "0003", verbosity=0)
        if connection.vendor == "postgresql":  # the old form: bare tokens and year buckets
            with connection.cursor() as cur:
                cur.execute("SELECT count(*) FROM search_pgindex WHERE match_vector @@ '民政'")
                assert cur.fetchone()[0] == 2
        else:  # (the model has columns the old schema lacks: read the index alone)
            with connection.cursor() as cur:
                cur.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"民政\"'")
                assert cur.fetchone()[0] == 2
        call_command("migrate", "search", verbosity=0)
        assert sorted(ids(search(query="民政"))) == ["1", "2"]
        assert ids(search(query="河道")) == ["2"]
        index_remove(object_type="t.doc", object_id=1)  # deleting needs the rebuilt rows
        assert ids(search(query="民政")) == ["2"]
    finally:
        call_command("migrate", "search", verbosity=0)


def test_optimizing_keeps_every_document_findable() -> None:
    from io import StringIO

    from django.core.management import call_command

    for i in range(1, 6):
        doc(i, f"河道治理方案{i}", "", published_at=when(2020 + i, 1))
    index_remove(object_type="item", object_id=3)
    out = StringIO()
    call_command("search_optimize", stdout=out)
    assert "搜索索引已整理" in out.getvalue()
    assert ids(search(query="河道治理", sort="date")) == ["5", "4", "2", "1"]


def test_document_number_index_number_and_keywords_are_searchable() -> None:
    doc(1, "关于做好卫生应急工作的通知", "正文", doc_number="云卫发〔2026〕9号")
    doc(2, "关于开展爱国卫生运动的通知", "正文", index_number="11530000MB1A2345X/2026-00017")
    doc(3, "年度工作要点", "正文", keywords="营商环境")
    assert ids(search(query="云卫发〔2026〕9号")) == ["1"]
    assert ids(search(query="11530000MB1A2345X/2026-00017")) == ["2"]
    assert ids(search(query="2026-00017")) == ["2"]
    assert ids(search(query="营商环境")) == ["3"]


@pytest.mark.parametrize(
    "typed",
    [
        "云卫发〔2026〕9号",
        "云卫发[2026]9号",
        "云卫发(2026)9号",
        "云卫发（2026）9号",
        "云卫发【2026】9号",
        "云卫发2026年9号",
        "云卫发20269号",
        "〔2026〕9号",
        "[2026]9号",
    ],
)
def test_a_document_number_is_found_in_any_bracket_style(typed: str) -> None:
    doc(1, "关于做好卫生应急工作的通知", "正文", doc_number="云卫发〔2026〕9号")
    doc(2, "关于印发某办法的通知", "依据云卫发〔2026〕19号文件")
    assert ids(search(query=typed)) == ["1"]


def test_a_document_number_matches_only_where_it_is_written_whole() -> None:
    doc(1, "关于印发实施方案的通知", "云政办〔2016〕68号")
    doc(2, "云政办工作要点", "2016年共办理68件，编号为号。")  # every piece, nowhere together
    doc(3, "转发通知", "依据云政办〔2016〕168号和云政办〔2017〕68号")
    assert ids(search(query="云政办〔2016〕68号")) == ["1"]
    assert ids(search(query="〔2016〕68号")) == ["1"]
    assert search(query="68号").total == 2  # 168号 is another number


def test_a_phrase_and_a_year_match_as_typed() -> None:
    doc(1, "养老服务补贴", "2019年起发放养老服务补贴。")
    doc(2, "补贴发放", "养老机构服务质量检查；2019 年底前完成补贴发放。年度计划。")
    doc(3, "2019 计划", "今年的计划。")
    assert ids(search(query="养老服务补贴")) == ["1"]
    assert sorted(ids(search(query="2019年"))) == ["1", "2"]
    assert sorted(ids(search(query="养老 补贴"))) == ["1", "2"]


def test_the_tail_of_a_very_long_document_is_found() -> None:
    filler = "各地区各部门要认真贯彻落实。" * 20_000  # 280,000 characters
    doc(1, "长篇报告", filler + "附件：林草湿地保护修复名录")
    page = search(query="林草湿地保护修复名录")
    assert ids(page) == ["1"]
    assert "<mark>林草湿地保护修复名录</mark>" in page.results[0].snippet


def test_a_long_document_is_not_ranked_first_for_its_length() -> None:
    doc(1, "年度报告", "会议纪要。" + "养老服务体系建设取得进展，其他工作。" * 3000)
    doc(2, "养老服务工作安排", "推进养老服务。")
    assert ids(search(query="养老服务"))[0] == "2"


def test_a_snippet_shows_the_passage_of_a_full_width_or_traditional_match() -> None:
    doc(1, "空气质量", "前言。" * 50 + "本月ＰＭ２.５浓度下降，衛生狀況良好。")
    page = search(query="pm2.5")
    assert "<mark>ＰＭ２</mark>" in page.results[0].snippet
    assert page.results[0].snippet.startswith("…")
    assert "<mark>衛生</mark>" in search(query="卫生").results[0].snippet


def test_the_upgrade_fills_the_texts_of_documents_indexed_before_it() -> None:
    import importlib

    from django.apps import apps

    from gongkai.search.models import SearchText

    migration = importlib.import_module("gongkai.search.migrations.0010_search_text")
    doc(1, "关于印发实施方案的通知", "正文", doc_number="云政办〔2016〕68号")
    stored = SearchText.objects.get().text
    SearchText.objects.all().delete()  # as before the upgrade, which kept no such table

    class Historical:
        """The document model as the migration sees it: ``match_text`` not stored yet."""

        @staticmethod
        def get_model(app: str, name: str) -> Any:
            model = apps.get_model(app, name)
            if name == "SearchDocument":
                model.match_text = None
            return model

    try:
        migration.fill_texts(Historical, None)
    finally:
        del SearchDocument.match_text
    assert SearchText.objects.get().text == stored
    assert ids(search(query="云政办[2016]68号")) == ["1"]
    assert ids(search(query="云政办[2016]8号")) == []


def test_documents_are_classed_by_their_number_as_the_state_council_classes_its_own() -> None:
    from gongkai.search.doc_classes import doc_class

    assert doc_class("国办发明电〔2020〕5号") == "国办发明电"
    assert doc_class("中华人民共和国国务院令 第722号") == "国令"
    assert doc_class("云卫发[2026]9号") == doc_class("云卫发2026年9号") == "云卫发"
    assert doc_class("") == doc_class("第5号") == "其他"
    doc(1, "深化医改通知", doc_number="国发〔2016〕5号")
    doc(2, "深化医改函", doc_number="国函〔2016〕7号")
    doc(3, "深化医改工作安排")
    page = search(query="深化医改")
    assert {f["value"]: f["count"] for f in page.facets["doc_class"]} == {
        "国发": 1,
        "国函": 1,
        "其他": 1,
    }
    assert ids(search(query="深化医改", filters={"doc_class": "国函"})) == ["2"]
    assert ids(search(query="", filters={"doc_class": "国发"})) == ["1"]


def test_facets_say_when_they_count_only_the_newest_results(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("gongkai.search.selectors.POOL", 3)
    for i in range(1, 6):
        doc(i, f"水利工程{i}", "", genre="通知")
    page = search(query="水利")
    assert (page.total, page.facets_counted, page.facets_partial) == (5, 3, True)
    assert page.facets["genre"] == [{"value": "通知", "label": "通知", "count": 3}]
    monkeypatch.setattr("gongkai.search.selectors.POOL", 10)
    assert search(query="水利").facets_partial is False
