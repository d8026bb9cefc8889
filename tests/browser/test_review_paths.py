"""A message with a spaced ID number and a name goes through reply, review and publication in a
real browser: the reviewer sees the findings and the preview before anything is public, and the
public page shows neither the number nor the name (PUB-SECRET-1)."""

import pytest

from gongkai.core.idnumbers import id_check_char
from gongkai.participation.models import Message
from gongkai.participation.services import message_submit
from gongkai.participation.states import MessageStatus
from gongkai.publishing.models import ListType, Theme
from gongkai.publishing.privacy import scan_text
from gongkai.publishing.reference import load_reference
from gongkai.search.services import reindex_all

from .conftest import TEST_USERS, check_wording, login, shot

_ID17 = "53010219800315123"
ID_NUMBER = _ID17 + id_check_char(_ID17)
#: As the writer typed it: three groups separated by spaces.
SPACED_ID = f"{ID_NUMBER[:6]} {ID_NUMBER[6:14]} {ID_NUMBER[14:]}"
NAME = "张晓明"
SUBJECT = "社区卫生服务中心周末能否开放门诊？"
CONTENT = f"我是{NAME}，身份证号{SPACED_ID}。孩子周末发烧只能去大医院排队，请问社区门诊能否开放？"
REPLY = f"{NAME}您好：各社区卫生服务中心周末均安排值班门诊。"

#: The detection of spaced ID numbers and names belongs to the scanner's own work (issue 12,
#: "Detection"); until the scanner finds them this walk-through cannot show them to a reviewer.
_FOUND = {f.text for f in scan_text(CONTENT)}
SCANNER_READY = SPACED_ID in _FOUND and NAME in _FOUND


@pytest.fixture(autouse=True)
def reference_data(transactional_db):
    """Undo what a transactional test's flush leaves behind (see test_portal.py)."""
    if not Theme.objects.exists():
        load_reference(Theme, ListType)
    reindex_all()


@pytest.mark.skipif(not SCANNER_READY, reason="the scanner does not find spaced ID numbers yet")
@pytest.mark.django_db(transaction=True)
def test_a_message_with_a_spaced_id_number_is_reviewed_before_it_is_public(
    page, org_tree, coordinator, reviewer
):
    message, _new = message_submit(
        org=org_tree["commission"], subject=SUBJECT, content=CONTENT, name=NAME,
        phone="13812345678", consent_publish=True, submission_key="browser-review",
    )  # fmt: skip
    names = (*TEST_USERS, NAME, message.number)  # data on the page, not its wording

    # The coordinator replies and submits the question and reply for review.
    login(page, "coordinator", "pw-coordinator")
    page.goto(f"/office/participation/messages/{message.pk}/")
    page.get_by_label("答复").fill(REPLY)
    page.get_by_role("button", name="提交答复").click()
    page.get_by_text("答复已保存").wait_for()
    assert page.get_by_role("button", name="公开留言及答复").count() == 0  # not before review
    page.get_by_role("button", name="提交保密审查").click()
    page.get_by_text("已提交保密审查。").wait_for()
    check_wording(page, "review-message-submitted", names=names)
    page.context.clear_cookies()
    assert page.goto(message.get_public_url()).status == 404

    # The reviewer sees the findings highlighted and the preview before anything is public.
    login(page, "reviewer", "pw-reviewer")
    page.goto("/office/publishing/reviews/")
    check_wording(page, "review-queue", names=names)
    page.get_by_role("link", name=SUBJECT).click()
    findings = page.locator("#findings")
    findings.get_by_text(SPACED_ID).wait_for()
    assert findings.get_by_text(NAME).count() >= 1
    preview = page.locator("#preview")
    assert SPACED_ID not in preview.inner_text() and NAME not in preview.inner_text()
    check_wording(page, "review-message-findings", names=names)
    page.get_by_role("button", name="全部遮蔽待处理项").click()
    page.get_by_role("textbox", name="审查意见").fill(
        "经审查，不涉及国家秘密，个人信息已遮盖，同意公开。"
    )
    page.get_by_role("button", name="同意公开").click()
    page.get_by_text("审查意见已记录。").wait_for()
    check_wording(page, "review-message-approved", names=names)

    # The coordinator publishes; the public page shows neither the number nor the name.
    page.context.clear_cookies()
    login(page, "coordinator", "pw-coordinator")
    page.goto(f"/office/participation/messages/{message.pk}/")
    page.get_by_role("button", name="公开留言及答复").click()
    page.get_by_text("留言及答复已按审查结果公开。").wait_for()
    assert Message.objects.get().status == MessageStatus.PUBLISHED
    page.context.clear_cookies()
    page.goto(message.get_public_url())
    page.get_by_text("周末均安排值班门诊").wait_for()
    text = page.inner_text("body")
    assert ID_NUMBER[6:14] not in text and SPACED_ID not in text and NAME not in text
    shot(page, "review-message-public")  # the portal: its feed links are named RSS and Atom
    api = page.goto(f"/api/participation/messages/{message.pk}/").text()
    assert ID_NUMBER[6:14] not in api and NAME not in api


@pytest.mark.django_db(transaction=True)
def test_an_editor_is_told_who_publishes_and_sees_no_publish_button(
    page, org_tree, editor, coordinator, reviewer
):
    from gongkai.participation.services import MESSAGE_STAGE, message_reply, message_review_submit
    from gongkai.publishing.tests.factories import approve_request

    message, _new = message_submit(
        org=org_tree["office"], subject=SUBJECT, content="周末能否开放门诊？请回电13812345678。",
        name=NAME, phone="13812345678", consent_publish=True, submission_key="browser-editor",
    )  # fmt: skip
    names = (*TEST_USERS, NAME, message.number)
    message_reply(message=message, actor=editor, reply="周末安排值班门诊。")
    message_review_submit(
        message=message, actor=editor, subject=SUBJECT, content=message.content,
        reply="周末安排值班门诊。",
    )  # fmt: skip
    approve_request(message, MESSAGE_STAGE, reviewer=reviewer)
    login(page, "editor", "pw-editor")
    page.goto(f"/office/participation/messages/{message.pk}/")
    page.get_by_text("已审查通过，由政务公开办公室发布。").wait_for()
    assert page.get_by_role("button", name="公开留言及答复").count() == 0
    assert "Coordinator" in page.locator(".who-publishes").inner_text()
    check_wording(page, "review-editor-who-publishes", names=names)
