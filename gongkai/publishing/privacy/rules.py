"""Which column headings and labels announce personal data: built-in defaults plus the rules
coordinators add in the back office (PrivacyRule, PUB-SECRET-1: personal privacy is
de-identified before publication, 《条例》第十五条)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .findings import ADDRESS, BANK_CARD, ID_NUMBER, IM_ACCOUNT, NAME, PHONE

#: Categories of a rule: a table column heading, a label before a value in prose, a label of
#: an agency's public line, a label before an official acting in office.
COLUMN, LABEL, PUBLIC, OFFICIAL = "column", "label", "public", "official"

DEFAULT_COLUMNS: dict[str, str] = {
    **dict.fromkeys(
        "姓名 名字 户主 户主姓名 户主名 申请人 申请人姓名 "
        "救助对象 领取人 收款人 户名 账户名 开户名 "
        "持卡人 被救助人 补贴对象 补助对象 受助人 受助对象 "
        "保障对象 低保对象 特困人员 供养对象 监护人 "
        "家庭成员 共同生活家庭成员 当事人 承包户 农户 贫困户 "
        "获奖人 发放对象 享受人 享受对象 申报人 "
        "被申请人 救助人员 困难群众 优抚对象 慰问对象 补贴人 联系人 负责人 法定代表人 被处罚人 "
        "违法行为人 经营者 拟聘人员 拟聘用人员 考生姓名 学生姓名".split(),
        NAME,
    ),
    **dict.fromkeys(
        "身份证号 身份证号码 公民身份号码 身份证 证件号码 "
        "证件号 身份证件号码 居民身份证号码".split(),
        ID_NUMBER,
    ),
    **dict.fromkeys(
        "联系电话 手机号码 手机号 手机 电话 电话号码 联系方式 联系号码 家庭电话".split(), PHONE
    ),
    **dict.fromkeys(
        "住址 家庭住址 现住址 家庭地址 居住地址 户籍地址 "
        "户籍所在地 现居住地 住所 联系地址 地址".split(),
        ADDRESS,
    ),
    **dict.fromkeys(
        "银行账号 银行卡号 社保卡号 账号 卡号 存折账号 存折号 银行账户 收款账号 一卡通账号".split(),
        BANK_CARD,
    ),
}

DEFAULT_LABELS: dict[str, str] = {
    **dict.fromkeys(
        "户主姓名 申请人姓名 姓名 户主 申请人 救助对象 领取人 "
        "收款人 补贴对象 受助人 被救助人 低保对象 "
        "当事人 监护人 家庭成员 持卡人 户名 联系人 经办人 "
        "法定代表人 负责人 被处罚人 违法行为人 经营者 "
        "委托代理人 代理人 被申请人 第三人 举报人 投诉人 来信人 留言人 "
        # parties named in court notices and notices of service by publication (公告送达)
        "原告 被告 被告人 上诉人 被上诉人 申请执行人 被执行人 受送达人 犯罪嫌疑人 "
        # honours and prize lists: 村民张三, 作者：李四
        "村民 作者 获奖者 获奖人 "
        # people described by their lot or their part, as news of relief and donations do
        "五保户 五保老人 低保户 困难户 特困户 贫困户 老人 爱女 爱子 村民代表 嘉宾代表 群众代表 "
        # people named in news by who they are to others or what they do: 妻子杨学霞, 个体户杨春,
        # 雷达专家王小谟, 男童邹粒, 失主分别为…; supervisors in prize lists: 指导老师：孙玉林
        "妻子 丈夫 爱人 老伴 儿子 女儿 孩子 小孩 男孩 女孩 男童 女童 家属 失主 网友 市民 居民 "
        "个体户 养殖户 种植户 志愿者 群主 退役军人 退伍军人 优抚对象 患者 获得者 运动员 教练员 "
        "护边员 律师 专家 学家 名叫 之一 指导老师 指导教师 辅导老师 "
        # how writers of messages and letters name themselves: 我是张三，本人李四
        "我是 我叫 本人 本人是 写信人 反映人".split(),
        NAME,
    ),
    **dict.fromkeys(
        "住址 家庭住址 现住址 家庭地址 居住地址 户籍地址 "
        "户籍所在地 现居住地 现住 住所 家住".split(),
        ADDRESS,
    ),
    **dict.fromkeys("微信 微信号 WeChat QQ QQ号 QQ号码".split(), IM_ACCOUNT),
}

DEFAULT_PUBLIC: frozenset[str] = frozenset(
    "监督电话 咨询电话 投诉电话 举报电话 值班电话 传真 服务电话 热线 热线电话 受理电话 服务热线 "
    "监督举报电话 办公室电话 报名电话 咨询热线 举报信箱 "
    "监督邮箱 咨询邮箱 通信地址 通讯地址 办公地址 技术支持电话 "
    # an organiser's mailbox for entries: 投稿邮箱：…@163.com
    "投稿邮箱 投稿信箱 征稿邮箱 来稿邮箱 报名邮箱 "
    # the office that takes objections to a notice, and the lines listed under it
    "受理部门 受理单位 受理机构 公示受理部门".split()
)

DEFAULT_OFFICIAL: frozenset[str] = frozenset(
    "签发人 签发 新闻发言人 发言人 主持人 审核人 核稿人 记者 通讯员 见习记者 责任编辑 编辑 "
    "执法人员 承办人 主要负责人 发布人".split()
)


@dataclass(frozen=True)
class PrivacyRules:
    """The headings and labels the scanner reads; ``kind`` values are finding kinds."""

    columns: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_COLUMNS))
    labels: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_LABELS))
    public: frozenset[str] = DEFAULT_PUBLIC
    official: frozenset[str] = DEFAULT_OFFICIAL
    org_names: frozenset[str] = frozenset()

    def extended(self, rows: list[tuple[str, str, str]], orgs: frozenset[str]) -> PrivacyRules:
        """These rules plus (category, kind, word) rows and organisation names."""
        columns, labels = dict(self.columns), dict(self.labels)
        public, official = set(self.public), set(self.official)
        for category, kind, word in rows:
            if category == COLUMN:
                columns[word] = kind
            elif category == LABEL:
                labels[word] = kind
            elif category == PUBLIC:
                public.add(word)
            elif category == OFFICIAL:
                official.add(word)
        return PrivacyRules(columns, labels, frozenset(public), frozenset(official), orgs)


DEFAULT_RULES = PrivacyRules()


def current_rules() -> PrivacyRules:
    """Defaults plus the coordinators' rules and the directory's organisation names.

    Falls back to the built-in defaults where no database can be read (a command run outside
    a project, a unit test without database access).
    """
    try:
        from django.db import DatabaseError

        from gongkai.orgs.models import Organisation

        from ..models import PrivacyRule

        rows = list(PrivacyRule.objects.values_list("category", "kind", "word"))
        names = Organisation.objects.filter(is_active=True).values_list("name", "short_name")
        orgs = frozenset(n for pair in names for n in pair if n and len(n) >= 3)
    except (DatabaseError, RuntimeError, ImportError, LookupError):
        return DEFAULT_RULES
    except Exception as exc:  # pytest-django's "Database access not allowed" is a RuntimeError
        if type(exc).__name__ in ("AppRegistryNotReady", "ImproperlyConfigured"):
            return DEFAULT_RULES
        raise
    if not rows and not orgs:
        return DEFAULT_RULES
    return DEFAULT_RULES.extended(rows, orgs)
