"""Consultations and the message box in a real browser on a 375-pixel phone: comment on an
open draft, write a message and follow it, reply in the back office and publish the Q&A."""

from datetime import timedelta

import pytest
from django.utils import timezone

from gongkai.participation.models import Comment, Message
from gongkai.participation.services import (
    MESSAGE_STAGE,
    OUTCOME_STAGE,
    comment_submit,
    consultation_create,
)
from gongkai.participation.states import MessageStatus
from gongkai.participation.tests.factories import publish_reviewed
from gongkai.publishing.models import ListType, Theme
from gongkai.publishing.reference import load_reference
from gongkai.publishing.tests.factories import approve_request
from gongkai.search.services import reindex_all

from .conftest import login, shot

TITLE = "《云南省基层医疗卫生机构药品配备使用管理办法（征求意见稿）》公开征求意见"


@pytest.fixture(autouse=True)
def reference_data(transactional_db):
    """Undo what a transactional test's flush leaves behind (see test_portal.py)."""
    if not Theme.objects.exists():
        load_reference(Theme, ListType)
    reindex_all()


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.django_db(transaction=True)
def test_comment_write_follow_and_reply_on_a_phone(phone_page, org_tree, coordinator):
    page = phone_page
    today = timezone.localdate()
    consultation = consultation_create(
        org=org_tree["commission"],
        actor=coordinator,
        title=TITLE,
        draft="<h2>第一章 总则</h2>"
        "<p>第一条 为规范基层医疗卫生机构药品配备使用管理，制定本办法。</p>"
        "<p>第二条 慢性病患者可在基层医疗卫生机构获得长期处方。</p>",
        basis="为落实国家基本药物制度，解决基层群众“用药难”问题，起草本办法。",
        feedback_method="电子邮箱：yijian@example.gov.cn\n通信地址：昆明市西山区西园路1号",
        starts_on=today - timedelta(days=2),
        ends_on=today + timedelta(days=20),
    )
    publish_reviewed(consultation, actor=coordinator, today=today)

    # The public finds the consultation through the main navigation and comments on it.
    page.goto("/")
    nav = page.get_by_role("navigation", name="主导航")
    nav.get_by_text("栏目导航").click()  # on a phone the nav is a menu
    nav.get_by_role("link", name="意见征集").click()
    page.get_by_role("heading", name="重大决策预公开 · 意见征集").wait_for()
    assert no_sideways_scroll(page)
    shot(page, "participation-consultations-phone")
    page.get_by_role("link", name=TITLE).click()
    page.get_by_role("heading", name="提出意见").wait_for()
    page.get_by_role("button", name="提交意见").click()
    page.get_by_text("请填写您的意见。").wait_for()
    assert Comment.objects.count() == 0
    page.get_by_label("您的意见").fill("建议明确长期处方适用的慢性病病种范围。")
    page.get_by_label("姓名（选填）").fill("浏览器测试市民")
    page.get_by_role("button", name="提交意见").click()
    page.get_by_text("感谢您的参与，您的意见已收到。").wait_for()
    assert no_sideways_scroll(page)
    shot(page, "participation-consultation-commented-phone")
    assert Comment.objects.get().name == "浏览器测试市民"
    assert "浏览器测试市民" not in page.content()

    # The public writes a message and follows it with the private link.
    nav = page.get_by_role("navigation", name="主导航")
    nav.get_by_text("栏目导航").click()
    nav.get_by_role("link", name="留言信箱").click()
    page.get_by_role("link", name="我要留言").click()
    page.get_by_label("留言对象（机关）").select_option(label="云南省卫生和计划生育委员会")
    page.get_by_label("留言标题").fill("社区卫生服务中心周末能否开放门诊？")
    page.get_by_label("留言内容").fill("孩子周末发烧只能去大医院排队，我的电话13812345678。")
    page.get_by_label("您的姓名").fill("浏览器测试留言人")
    page.get_by_label("联系电话").fill("13812345678")
    page.get_by_label("同意公开本留言及答复内容").check()
    shot(page, "participation-message-form-phone")
    page.get_by_role("button", name="提交留言").click()
    page.get_by_role("heading", name="您的留言已收到").wait_for()
    assert no_sideways_scroll(page)
    shot(page, "participation-message-received-phone")
    track_url = page.locator("a.private-link").get_attribute("href")
    number = page.locator(".case-number").inner_text()
    page.goto(track_url)
    assert page.locator(".status").inner_text() == "待答复"

    # The coordinator replies in the back office and publishes the question and reply.
    login(page, "coordinator", "pw-coordinator")
    page.goto("/office/participation/messages/")
    page.get_by_role("link", name=number).click()
    page.get_by_label("答复").fill("感谢您的留言。各社区卫生服务中心周末均安排值班门诊。")
    page.get_by_role("button", name="提交答复").click()
    page.get_by_text("答复已保存").wait_for()
    page.get_by_role("button", name="提交保密审查").click()
    page.get_by_text("已提交保密审查。").wait_for()
    approve_request(Message.objects.get(), MESSAGE_STAGE)  # the reviewer (see test_review_paths)
    page.reload()
    page.get_by_role("button", name="公开留言及答复").click()
    page.get_by_text("留言及答复已按审查结果公开。").wait_for()
    shot(page, "participation-office-message-phone")
    assert Message.objects.get().status == MessageStatus.PUBLISHED

    # The writer sees the reply; the public sees the Q&A masked and without the writer.
    page.context.clear_cookies()
    page.goto(track_url)
    assert page.locator(".status").inner_text() == "已发布"
    shot(page, "participation-message-track-phone")
    page.goto("/participate/messages/")
    shot(page, "participation-messages-phone")
    page.get_by_role("link", name="社区卫生服务中心周末能否开放门诊？").click()
    page.get_by_text("138****5678").wait_for()
    text = page.content()
    assert "浏览器测试留言人" not in text and "13812345678" not in text
    assert no_sideways_scroll(page)
    shot(page, "participation-message-public-phone")


@pytest.mark.django_db(transaction=True)
def test_coordinator_publishes_the_outcome_of_a_closed_consultation(page, org_tree, coordinator):
    start = timezone.localdate() - timedelta(days=40)
    consultation = consultation_create(
        org=org_tree["commission"],
        actor=coordinator,
        title="《云南省家庭医生签约服务规范（征求意见稿）》公开征求意见",
        draft="<p>家庭医生团队为签约居民提供基本医疗、公共卫生和健康管理服务。</p>",
        basis="为规范家庭医生签约服务，起草本规范。",
        feedback_method="电子邮箱：yijian@example.gov.cn",
        starts_on=start,
        ends_on=start + timedelta(days=30),
    )
    publish_reviewed(consultation, actor=coordinator, today=start)
    for n, text in enumerate(["建议增加上门服务。", "建议签约周期改为三年。"]):
        comment_submit(
            consultation=consultation,
            content=text,
            name="某市民",
            submission_key=f"k{n}",
            today=start + timedelta(days=1),
        )

    login(page, "coordinator", "pw-coordinator")
    page.goto("/office/participation/")
    page.get_by_role("link", name=consultation.title).click()
    page.get_by_role("button", name="结束征集").click()
    page.get_by_text("意见征集已结束。").wait_for()
    shot(page, "participation-office-consultation-closed")
    page.get_by_role("link", name="填写意见采纳情况").click()
    first, second = (
        page.locator("fieldset.opinion-row").nth(0),
        page.locator("fieldset.opinion-row").nth(1),
    )
    first.get_by_label("意见内容（归纳）").fill("关于增加上门服务的意见")
    first.get_by_label("采纳情况").select_option(label="采纳")
    second.get_by_label("意见内容（归纳）").fill("关于签约周期改为三年的意见")
    second.get_by_label("采纳情况").select_option(label="未采纳")
    page.get_by_role("button", name="提交采纳情况保密审查").click()
    page.get_by_text("第2项意见：请说明未采纳（或未完全采纳）的理由。").wait_for()
    shot(page, "participation-office-outcome-error")
    second = page.locator("fieldset.opinion-row").nth(1)
    second.get_by_label("未采纳理由").fill("签约周期一年便于居民自主续约或更换家庭医生团队。")
    page.get_by_role("button", name="提交采纳情况保密审查").click()
    page.get_by_text("意见采纳情况已提交保密审查。").wait_for()
    approve_request(consultation, OUTCOME_STAGE)
    page.reload()
    page.get_by_role("button", name="公布意见采纳情况").click()
    page.get_by_text("意见采纳情况已在网站公布。").wait_for()
    shot(page, "participation-office-outcome-published")

    page.context.clear_cookies()
    page.goto(consultation.get_public_url())
    page.get_by_role("heading", name="意见采纳情况").wait_for()
    assert "共收到意见2条" in page.content()
    assert "某市民" not in page.content() and "建议增加上门服务。" not in page.content()
    shot(page, "participation-consultation-outcome-desktop")


@pytest.mark.django_db(transaction=True)
def test_a_writer_over_the_limit_gets_back_what_they_wrote(phone_page, org_tree):
    from django.core.cache import cache
    from django.test import override_settings

    page = phone_page
    cache.clear()
    with override_settings(RATELIMIT_ENABLE=True, GONGKAI_PUBLIC_POST_RATE="1/h"):
        for attempt in range(2):
            page.goto("/participate/messages/write/")
            page.get_by_label("留言对象（机关）").select_option(label="云南省卫生和计划生育委员会")
            page.get_by_label("留言标题").fill(f"关于社区卫生服务中心门诊时间的建议{attempt}")
            page.get_by_label("留言内容").fill("建议工作日延长门诊时间至晚上八点，方便上班族就诊。")
            page.get_by_label("您的姓名").fill("浏览器测试留言人")
            page.get_by_label("联系电话").fill("13812345678")
            page.get_by_role("button", name="提交留言").click()
            if attempt == 0:
                page.get_by_role("heading", name="您的留言已收到").wait_for()
        page.get_by_role("heading", name="提交过于频繁").wait_for()
        written = page.get_by_label("填写内容")
        assert written.input_value() == "建议工作日延长门诊时间至晚上八点，方便上班族就诊。"
        text = page.content()
        assert "浏览器测试留言人" not in text and "13812345678" not in text
        assert no_sideways_scroll(page)
        shot(page, "participation-too-many-phone")
    cache.clear()
    assert Message.objects.count() == 1
