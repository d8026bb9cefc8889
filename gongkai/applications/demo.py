"""Demo requests: one or more in every status, for obviously fictional applicants."""

from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from gongkai.core.idnumbers import credit_check_char, id_check_char
from gongkai.orgs.models import Organisation

from . import services as s
from .models import Application
from .states import ApplicantType, Channel, DeliveryMethod, Ground, IdType, ReplyType

AGENCY = ("云南省人民政府", "云南省卫生和计划生育委员会")
UNIT = "办公室"
PINGDU = ("平度市人民政府", "平度市民政局")
MARK = "（演示）"


def _id_number(serial: int) -> str:
    """Return a checksum-valid ID number of a fictional person born 1990-01-01 in Beijing."""
    base = f"11010119900101{serial:03d}"
    return base + id_check_char(base)


def _credit_code(base: str) -> str:
    """Return ``base`` (17 characters) with its GB 32100 check character."""
    return base + credit_check_char(base)


def _org(path: tuple[str, ...]) -> Organisation | None:
    org = None
    for name in path:
        org = Organisation.objects.filter(parent=org, name=name).first()
        if org is None:
            return None
    return org


def _register(org, serial: int, days_ago: int, description: str, actor, **extra) -> Application:
    today = timezone.localdate()
    details = {
        "applicant_type": ApplicantType.PERSON,
        "id_type": IdType.ID_CARD,
        "phone": "010-00000000",
        "delivery_method": DeliveryMethod.ONLINE,
        **extra,
    }
    return s.application_register(
        org=org,
        channel=details.pop("channel", Channel.IN_PERSON),
        received_on=today - timedelta(days=days_ago),
        applicant_name=details.pop("name", f"示例申请人{serial:02d}{MARK}"),
        id_document=details.pop("id_document", _id_number(serial)),
        description=description,
        actor=actor,
        **details,
    )


def _ago(days: int) -> date:
    return timezone.localdate() - timedelta(days=days)


@transaction.atomic
def load_demo_applications() -> int:
    """Create the demo requests once; return how many were created."""
    agency, unit, pingdu = _org(AGENCY), _org((*AGENCY, UNIT)), _org(PINGDU)
    users = {u.username: u for u in get_user_model().objects.filter(is_active=True)}
    coordinator, reviewer, editor = (users.get(n) for n in ("coordinator", "reviewer", "editor"))
    if agency is None or coordinator is None or reviewer is None:
        return 0
    if Application.objects.filter(applicant_name__endswith=MARK).exists():
        return 0
    c = coordinator
    made = []

    made.append(_register(agency, 1, 1, "2025年度部门预算和决算说明", None, channel=Channel.ONLINE))

    app = _register(agency, 2, 5, "关于医院的文件", c)
    s.application_correction_request(
        app=app, actor=c, day=_ago(3), items="请写明医院名称、文件名称或发文年份。", until=_ago(-10)
    )
    made.append(app)

    app = _register(agency, 3, 20, "某县乡镇卫生院建设项目批复", c)
    s.application_correction_request(
        app=app, actor=c, day=_ago(18), items="请写明县名和年份。", until=_ago(11)
    )
    s.application_correction_receive(app=app, actor=c, day=_ago(10))
    s.application_assign(app=app, actor=c, unit=unit, handler=editor)
    made.append(app)

    app = _register(agency, 4, 15, "2024年医疗机构执业许可名单", c)
    s.application_start(app=app, actor=c)
    s.application_consultation_send(
        app=app, actor=c, day=_ago(8), addressee="示例医院（演示）", delivered_on=_ago(6)
    )
    # Its 征求意见书, written from the step and issued the day it was sent (REQ-LETTERS-1).
    letter = s.procedural_letter_after_step(
        app=app, step="consultation_send", data={"addressee": "示例医院（演示）"}, actor=c
    )
    s.procedural_letter_issue(letter=letter, actor=c, day=_ago(8))
    made.append(app)

    app = _register(agency, 5, 12, "近五年全部行政处罚决定书复印件", c)
    s.application_start(app=app, actor=c)
    s.application_fee_charge(
        app=app,
        actor=c,
        day=_ago(5),
        method="per_page",
        pages=450,
        note="请通过非税收入缴款码缴纳。",
    )
    letter = s.procedural_letter_after_step(
        app=app,
        step="fee_notice",
        data={"method": "per_page", "pages": 450, "note": "请通过非税收入缴款码缴纳。"},
        actor=c,
    )
    s.procedural_letter_issue(letter=letter, actor=c, day=_ago(5))
    made.append(app)

    app = _register(
        agency, 6, 25, "全省基层医疗卫生机构人员编制情况", c, channel=Channel.POST_SIGNED
    )
    s.application_start(app=app, actor=c)
    app.refresh_from_db()
    day = min(timezone.localdate(), app.due_on) if app.due_on else timezone.localdate()
    s.application_extension_approve(
        app=app, actor=reviewer, day=day, days=15, reason="需要汇总16个州市的数据。"
    )
    made.append(app)

    app = _register(agency, 7, 50, "2023年卫生健康统计公报", c)
    s.application_start(app=app, actor=c)
    s.application_assign(app=app, actor=c, unit=unit, handler=editor)
    made.append(app)  # overdue: received 50 days ago, still in progress

    app = _register(
        agency,
        8,
        40,
        "2022年部门决算",
        c,
        delivery_method=DeliveryMethod.EMAIL,
        email="applicant08@example.invalid",
    )
    s.application_start(app=app, actor=c)
    s.application_answer(
        app=app,
        actor=c,
        reply_type=ReplyType.R_DISCLOSE,
        decision="您申请获取的政府信息属于公开范围，本机关予以公开。",
        day=_ago(20),
    )
    made.append(app)

    app = _register(agency, 9, 10, "公立医院药品采购合同", c)
    s.application_withdraw(app=app, actor=c, reason="申请人来电撤回申请。")
    made.append(app)

    app = _register(agency, 10, 60, "有关材料", c)
    s.application_correction_request(
        app=app, actor=c, day=_ago(58), items="请说明所需信息的名称或内容。", until=_ago(45)
    )
    s.application_deem_withdrawn(app=app, actor=c, reason="申请人逾期未补正。")
    made.append(app)

    app = _register(
        agency,
        11,
        70,
        "某企业药品经营许可申请材料（含商业秘密）",
        c,
        applicant_type=ApplicantType.BUSINESS,
        id_type=IdType.CREDIT_CODE,
        id_document=_credit_code("91530000000000000"),
        name=f"示例商贸有限公司{MARK}",
        contact_person="示例联系人",
    )
    s.application_start(app=app, actor=c)
    s.application_answer(
        app=app,
        actor=c,
        reply_type=ReplyType.R_WITHHOLD,
        ground=Ground.G15_THIRD,
        decision="您申请获取的信息涉及第三方商业秘密，第三方不同意公开，本机关不予公开。",
        day=_ago(45),
    )
    s.application_close(app=app, actor=c, reason="已送达，归档。")
    s.remedy_record(
        app=app, actor=c, kind="reconsideration", body="云南省人民政府", filed_on=_ago(30)
    )
    made.append(app)

    # Another applicant asks for the same budget: offered for proactive disclosure (Art. 44).
    made.append(_register(agency, 13, 3, "2025年部门预算和决算说明", None, channel=Channel.ONLINE))

    if pingdu is not None and "pingdu" in users:
        app = _register(pingdu, 12, 30, "2024年城乡低保资金发放情况", users["pingdu"])
        s.application_start(app=app, actor=users["pingdu"])
        s.application_answer(
            app=app,
            actor=users["pingdu"],
            reply_type=ReplyType.R_NOT_EXIST,
            decision="经检索，本机关未制作或获取您申请的政府信息，该政府信息不存在。",
            day=_ago(5),
        )
        made.append(app)
    return len(made)
