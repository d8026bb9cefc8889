"""Demo organisations: the governments, departments and divisions named in the seed documents."""

from django.contrib.auth import get_user_model
from django.db import transaction

from gongkai.core.demo import DEMO_PASSWORD

from .models import Organisation
from .roles import Role
from .services import alias_add, membership_grant, org_create, user_create

# The demo accounts exist only in `make demo` databases; the README prints this password.

REGION, AGENCY, UNIT = Organisation.Kind.REGION, Organisation.Kind.AGENCY, Organisation.Kind.UNIT

# (name, short name, kind, aliases, children)
TREE = [
    (
        "云南省人民政府",
        "云南省政府",
        REGION,
        ["省政府"],
        [
            (
                "云南省人民政府办公厅",
                "省政府办公厅",
                AGENCY,
                ["省政办公厅", "省政府办"],
                [
                    ("云南省人民政府督查室", "省政府督查室", UNIT, [], []),
                ],
            ),
            ("云南省机构编制委员会办公室", "省编办", AGENCY, [], []),
            ("云南省发展和改革委员会", "省发展改革委", AGENCY, ["发展改革委"], []),
            ("云南省财政厅", "省财政厅", AGENCY, ["财政厅"], []),
            (
                "云南省人力资源和社会保障厅",
                "省人力资源社会保障厅",
                AGENCY,
                ["人力资源社会保障厅"],
                [],
            ),
            ("云南省工商行政管理局", "省工商局", AGENCY, ["工商局"], []),
            ("云南省教育厅", "省教育厅", AGENCY, ["教育厅"], []),
            ("云南省文化厅", "省文化厅", AGENCY, ["文化厅"], []),
            ("云南省人民政府法制办公室", "省法制办", AGENCY, ["法制办"], []),
            ("云南省政务服务管理局", "省政务服务管理局", AGENCY, [], []),
            (
                "云南省卫生和计划生育委员会",
                "省卫生计生委",
                AGENCY,
                ["卫生计生委"],
                [
                    ("办公室", "", UNIT, [], []),
                    ("人事处", "", UNIT, [], []),
                    ("信息考评处", "", UNIT, [], []),
                    ("医政医管处", "", UNIT, [], []),
                    ("中医药管理局", "", UNIT, [], []),
                    ("规划财务处", "规财处", UNIT, [], []),
                    ("药物政策与基本药物制度处", "药政处", UNIT, [], []),
                    ("政策法规处", "政法处", UNIT, [], []),
                    ("宣传处", "", UNIT, [], []),
                    ("机关纪委", "", UNIT, [], []),
                    ("疾病预防控制局", "疾控局", UNIT, [], []),
                    ("食品安全标准与监测评估处", "食品处", UNIT, [], []),
                ],
            ),
        ],
    ),
    (
        "平度市人民政府",
        "平度市政府",
        REGION,
        [],
        [
            ("平度市人民政府办公室", "市政府办公室", AGENCY, ["市政府办", "市人民政府办"], []),
            ("平度市大数据中心", "市大数据中心", AGENCY, [], []),
            ("平度市行政审批服务局", "市行政审批服务局", AGENCY, [], []),
            ("平度市机构编制委员会办公室", "市编办", AGENCY, [], []),
            ("平度市发展和改革局", "市发改局", AGENCY, [], []),
            ("平度市财政局", "市财政局", AGENCY, [], []),
            ("平度市民政局", "市民政局", AGENCY, [], []),
            ("平度市教育和体育局", "市教体局", AGENCY, [], []),
            ("平度市环境保护局", "市环保局", AGENCY, [], []),
            ("平度市水利水产局", "市水利水产局", AGENCY, [], []),
            ("平度市城乡建设局", "市城乡建设局", AGENCY, [], []),
            ("平度市国土资源局", "市国土资源局", AGENCY, [], []),
            ("平度市卫生和计划生育局", "市卫生计生局", AGENCY, [], []),
            ("平度市市场监督管理局", "市市场监督管理局", AGENCY, [], []),
            ("平度市交通运输局", "市交通运输局", AGENCY, [], []),
        ],
    ),
    (
        "甘肃省人民政府",
        "甘肃省政府",
        REGION,
        [],
        [
            ("甘肃省人民政府办公厅", "甘肃省政府办公厅", AGENCY, [], []),
        ],
    ),
    (
        "无锡市梁溪区人民政府",
        "梁溪区政府",
        REGION,
        [],
        [
            (
                "无锡市梁溪区卫生和计划生育局",
                "梁溪区卫计局",
                AGENCY,
                [],
                [
                    ("办公室", "", UNIT, [], []),
                ],
            ),
        ],
    ),
]

# (username, full name, role, organisation path from the root)
USERS = [
    ("coordinator", "李公开", Role.COORDINATOR, ["云南省人民政府", "云南省卫生和计划生育委员会"]),
    ("editor", "王编辑", Role.EDITOR, ["云南省人民政府", "云南省卫生和计划生育委员会", "办公室"]),
    ("reviewer", "赵审核", Role.REVIEWER, ["云南省人民政府", "云南省卫生和计划生育委员会"]),
    ("supervisor", "陈督查", Role.SUPERVISOR, ["云南省人民政府"]),
    ("pingdu", "刘平", Role.COORDINATOR, ["平度市人民政府"]),
]


def _find(path: list[str]) -> Organisation:
    org = None
    for name in path:
        org = Organisation.objects.get(parent=org, name=name)
    return org


def _build(nodes, parent, created: list[Organisation]) -> None:
    for index, (name, short, kind, aliases, children) in enumerate(nodes):
        org = Organisation.objects.filter(parent=parent, name=name).first()
        if org is None:
            org = org_create(
                name=name, parent=parent, short_name=short, kind=kind, sort_order=index
            )
            created.append(org)
            # Divisions' short names (规财处) are only unique within their agency.
            for alias in aliases:
                alias_add(org=org, alias=alias)
        _build(children, org, created)


@transaction.atomic
def load_demo_orgs() -> list[dict]:
    """Create the demo tree and one user per role (idempotent); return the accounts."""
    _build(TREE, None, [])
    User = get_user_model()
    accounts = []
    for username, full_name, role, path in USERS:
        org = _find(path)
        user = User.objects.filter(username=username).first()
        if user is None:
            user = user_create(
                username=username,
                password=DEMO_PASSWORD,
                full_name=full_name,
                email=f"{username}@demo.gongkai.local",
            )
        membership_grant(user=user, org=org, role=role)
        accounts.append({"username": username, "role": role.label, "org": org.name})
    return accounts
