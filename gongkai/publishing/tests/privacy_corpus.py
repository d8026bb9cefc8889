"""Seeded generator of a test corpus with planted personal data and realistic distractors."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

from gongkai.core.idnumbers import CREDIT_CHARS, credit_check_char, id_check_char
from gongkai.publishing.privacy.validators import luhn_ok

PROVINCES = "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 61 62 65"
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
)
COMPOUND = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "司徒")
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华兰霞平刚桂建国志红海燕玉文春梅林云小晓慧丹婷辉鹏浩"
    "宇欣佳俊峰鑫波斌宁琳凤珍荣德玲成福生龙卫东萍莉雪倩"
)
AREAS = (
    "010",
    "020",
    "021",
    "022",
    "023",
    "024",
    "025",
    "027",
    "028",
    "029",
    "0871",
    "0351",
    "0571",
)
CARD_BINS = ("622202", "621700", "622848", "436742", "955880", "622700", "621226")
DOMAINS = ("163.com", "qq.com", "126.com", "example.com", "sina.com.cn", "gmail.com")
PROGRAMS = (
    "城乡低保",
    "耕地地力保护补贴",
    "临时救助",
    "特困人员供养",
    "高龄津贴",
    "残疾人两项补贴",
)


@dataclass
class Planted:
    """Expected finding: kind and character span."""

    kind: str
    text: str
    start: int
    end: int


@dataclass
class Doc:
    """A generated text with the personal data planted in it."""

    parts: list[str] = field(default_factory=list)
    planted: list[Planted] = field(default_factory=list)
    length: int = 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def plant(self, kind: str, text: str) -> None:
        self.planted.append(Planted(kind, text, self.length, self.length + len(text)))
        self.add(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Faker:
    """Random personal data and distractors from one seeded RNG."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def region(self) -> str:
        r = self.rng
        return f"{r.choice(PROVINCES.split())}{r.randint(1, 20):02d}{r.randint(1, 30):02d}"

    def birth(self, lo: int = 1935, hi: int = 2015) -> tuple[int, int, int]:
        r = self.rng
        return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)

    def id_number(self) -> str:
        y, m, d = self.birth()
        first = f"{self.region()}{y:04d}{m:02d}{d:02d}{self.digits(3)}"
        check = id_check_char(first)
        return first + (check.lower() if self.rng.random() < 0.3 else check)

    def id_wrong_checksum(self) -> str:
        good = self.id_number()
        wrong = self.rng.choice([c for c in "0123456789X" if c != good[-1]])
        return good[:-1] + wrong

    def id_bad_structure(self) -> str:
        y, _, d = self.birth()
        first = f"{self.region()}{y:04d}{self.rng.randint(13, 19)}{d:02d}{self.digits(3)}"
        return first + id_check_char(first)

    def id_old(self) -> str:
        y, m, d = self.birth(1930, 1999)
        return f"{self.region()}{y % 100:02d}{m:02d}{d:02d}{self.digits(3)}"

    def mobile(self) -> str:
        r = self.rng
        n = f"1{r.choice('3456789')}{self.digits(9)}"
        style = r.randrange(6)
        if style == 1:
            return f"{n[:3]}-{n[3:7]}-{n[7:]}"
        if style == 2:
            return f"{n[:3]} {n[3:7]} {n[7:]}"
        if style == 3:
            return f"+86 {n}"
        if style == 4:
            return f"+86-{n[:3]}-{n[3:7]}-{n[7:]}"
        return n

    def landline(self) -> str:
        r = self.rng
        area = r.choice(AREAS)
        local = str(r.randint(2, 9)) + self.digits(7 if len(area) == 3 or r.random() < 0.7 else 6)
        style = r.randrange(5)
        ext = r.choice(["", "", "", f"-{self.digits(3)}", f"转{self.digits(4)}"])
        if style == 1:
            return f"({area}){local}{ext}"
        if style == 2:
            return f"（{area}）{local}"
        if style == 3:
            return f"{area}{local}"
        return f"{area}-{local}{ext}"

    def bank_card(self) -> str:
        r = self.rng
        length = r.choice((16, 19, 19))
        body = r.choice(CARD_BINS) + self.digits(length - 7)
        card = next(body + c for c in string.digits if luhn_ok(body + c))
        if r.random() < 0.4:
            return " ".join(card[i : i + 4] for i in range(0, len(card), 4))
        return card

    def email(self) -> str:
        r = self.rng
        local = "".join(r.choice(string.ascii_lowercase) for _ in range(r.randint(3, 8)))
        if r.random() < 0.5:
            local += self.digits(r.randint(2, 4))
        return f"{local}@{r.choice(DOMAINS)}"

    def name(self) -> str:
        r = self.rng
        surname = r.choice(COMPOUND) if r.random() < 0.08 else r.choice(SURNAMES)
        return surname + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))

    def credit_code(self, digits_only: bool = False) -> str:
        r = self.rng
        tail = (
            self.digits(9)
            if digits_only
            else "MA" + "".join(r.choice(CREDIT_CHARS) for _ in range(7))
        )
        body = r.choice(("91", "12", "52")) + self.region() + tail
        return body + credit_check_char(body)

    def distractor(self) -> str:
        r = self.rng
        year = r.randint(2015, 2024)
        options = [
            f"根据《关于做好{r.choice(PROGRAMS)}工作的通知》"
            f"（云政办发〔{year}〕{r.randint(1, 150)}号）",
            f"国办函〔{year}〕{r.randint(1, 150)}号",
            f"索引号：{self.digits(9)}/{year}-{self.digits(5)}",
            f"索引号：{self.credit_code()}/{year}-{self.digits(5)}",
            f"发布日期：{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
            f"{year}年{r.randint(1, 12)}月{r.randint(1, 28)}日",
            f"成文日期{year}{r.randint(1, 12):02d}{r.randint(1, 28):02d}",
            f"共发放资金{r.randint(1000, 99999999)}.{self.digits(2)}元",
            f"累计投入{r.randint(10, 99)},{self.digits(3)},{self.digits(3)}元",
            f"全县共有低保对象{r.randint(100, 99999)}人，"
            f"同比增长{r.randint(1, 30)}.{r.randint(0, 9)}%",
            "在昆明、曲靖、玉溪、大理、红河等地开展补贴发放工作",
            "县民政局、财政局、人社局、农业农村局联合发放补贴",
            "资金用于房屋修缮、医疗救助、教育资助、临时救助等方面",
            "低保、特困、临时救助等对象名单经张贴公示、入户调查、民主评议后确定",
            "县委书记王建国、县长李明出席补贴发放仪式并讲话",
            "各乡镇、村（社区）要在黄金周期间、高温季节做好救助对象走访慰问",
            f"热线电话：12345，服务电话400-{self.digits(3)}-{self.digits(4)}",
            f"咨询QQ群{self.digits(9)}，网址 www.example.gov.cn/xxgk/{self.digits(6)}.html",
            f"统一社会信用代码：{self.credit_code()}",
            f"统一社会信用代码：{self.credit_code(digits_only=True)}",
            f"订单号：DD{year}{self.digits(12)}",
            f"交易流水号{year}{self.digits(r.randint(12, 20))}",
            f"编号1{r.choice('012')}{self.digits(9)}",
            f"身份证号码格式错误的数据{self.id_bad_structure()}",
            f"邮政编码：{r.randint(100000, 850000)}",
            f"张书记、李主任出席会议，{self.name()}同志强调要做好{r.choice(PROGRAMS)}工作。",
            f"第{r.randint(1, 9)}季度完成{r.randint(10, 99)}.{r.randint(0, 9)}万亩",
        ]
        return r.choice(options)


def _prose_block(fake: Faker, doc: Doc) -> None:
    r = fake.rng
    planted = [
        ("id_number", "身份证号：", fake.id_number),
        ("id_number", "原身份证号", fake.id_old),
        ("id_number_suspect", "身份证号（疑似录入错误）", fake.id_wrong_checksum),
        ("phone", "联系电话：", fake.mobile),
        ("phone", "办公电话", fake.landline),
        ("bank_card", "银行账号：", fake.bank_card),
        ("email", "电子邮箱：", fake.email),
    ]
    kind, label, make = r.choice(planted)
    doc.add(f"{fake.distractor()}。{label}")
    doc.plant(kind, make())
    doc.add("。\n")


def _table_block(fake: Faker, doc: Doc) -> None:
    r = fake.rng
    header = r.choice(("姓名", "户主姓名", "申请人", "救助对象", "领取人"))
    doc.add(f"{r.randint(2019, 2024)}年{r.choice(PROGRAMS)}发放名单\n")
    doc.add(f"序号\t{header}\t身份证号码\t联系电话\t银行卡号\t金额（元）\n")
    for index in range(1, r.randint(3, 8)):
        doc.add(f"{index}\t")
        doc.plant("name", fake.name())
        doc.add("\t")
        doc.plant("id_number", fake.id_number())
        doc.add("\t")
        doc.plant("phone", fake.mobile())
        doc.add("\t")
        doc.plant("bank_card", fake.bank_card())
        doc.add(f"\t{r.randint(100, 3000)}.00\n")
    doc.add(f"合计\t\t\t\t\t{r.randint(1000, 20000)}.00\n\n")


def _enumeration_block(fake: Faker, doc: Doc) -> None:
    r = fake.rng
    program = r.choice(PROGRAMS)
    count = r.randint(3, 7)
    doc.add(f"经村（居）民代表评议，以下{count}户拟纳入{program}范围，现予公示：")
    for index in range(count):
        if index:
            doc.add(r.choice(("、", "、", "，", "；")))
        doc.plant("name", fake.name())
        if r.random() < 0.2:
            doc.add(r.choice(("（户主）", "（重度残疾）", "(3人)")))
    doc.add(f"。公示期{r.randint(5, 7)}天。\n")
    if r.random() < 0.5:
        doc.add(f"{program}对象名单\n")
        for index in range(count):
            if index:
                doc.add("  ")
            doc.plant("name", fake.name())
        doc.add("\n")
    if r.random() < 0.3:
        doc.add(f"{program}新增对象：\n")
        for index in range(1, r.randint(2, 5)):
            doc.add(f"{index}. ")
            doc.plant("name", fake.name())
            doc.add("\n")


def _label_block(fake: Faker, doc: Doc) -> None:
    doc.add(fake.rng.choice(("申请人：", "户主姓名：", "救助对象：")))
    doc.plant("name", fake.name())
    doc.add("，申请事项：最低生活保障，联系电话：")
    doc.plant("phone", fake.mobile())
    doc.add("。\n")


def generate(seed: int = 20240601, documents: int = 60) -> list[Doc]:
    """Documents mixing planted personal data with distractors; same seed, same corpus."""
    fake = Faker(seed)
    blocks = (_prose_block, _prose_block, _prose_block, _table_block, _enumeration_block)
    docs = []
    for _ in range(documents):
        doc = Doc()
        doc.add(f"关于公布{fake.rng.choice(PROGRAMS)}有关情况的公告\n")
        for _ in range(fake.rng.randint(4, 10)):
            doc.add(fake.distractor() + "。\n")
            fake.rng.choice((*blocks, _label_block))(fake, doc)
        docs.append(doc)
    return docs


# ---- Documents as agencies publish them: tables in each format, numbers as people type them,
# ---- addresses, accounts, and the look-alikes that are not personal data.

ROADS = ("人民路", "北京路", "翠湖北路", "环城南路", "建设街", "东风巷", "滇池路", "青年路")
DISTRICTS = ("五华区", "盘龙区", "官渡区", "西山区", "呈贡区", "安宁市", "嵩明县")
NUMERALS = "零一二三四五六七八九"
NAME_HEADERS = ("姓名", "户主姓名", "申请人", "救助对象", "被处罚人", "联系人", "户主", "家庭成员")
ID_HEADERS = ("身份证号", "公民身份号码", "身份证号码")
PHONE_HEADERS = ("联系电话", "手机号码")
ADDRESS_HEADERS = ("住址", "家庭住址")
CARD_HEADERS = ("银行账号", "社保卡号")
AGENCIES = ("县民政局", "市人力资源和社会保障局", "区市场监督管理局", "县纪委监委", "镇人民政府")


@dataclass
class Published:
    """A generated publication: its rows or paragraphs, and what is and is not personal."""

    title: str
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    personal: list[tuple[str, str]] = field(default_factory=list)
    public: list[str] = field(default_factory=list)


class PublishedFaker(Faker):
    """Faker for the forms of issue 12."""

    def grouped_id(self) -> str:
        number = self.id_number().upper()
        sep = self.rng.choice(" -")
        if self.rng.random() < 0.5:
            return sep.join((number[:6], number[6:14], number[14:]))
        return sep.join((number[:6], number[6:10], number[10:14], number[14:]))

    def grouped_card(self) -> str:
        card = self.bank_card().replace(" ", "")
        return "-".join(card[i : i + 4] for i in range(0, len(card), 4))

    def numeral_mobile(self) -> str:
        digits = f"1{self.rng.choice('3456789')}{self.digits(9)}"
        text = "".join(NUMERALS[int(d)] for d in digits)
        return text.replace("一", "幺", 1) if self.rng.random() < 0.3 else text

    def wide_mobile(self) -> str:
        digits = f"1{self.rng.choice('3456789')}{self.digits(9)}"
        return "".join(chr(0xFF10 + int(d)) for d in digits)

    def plus86(self) -> str:
        digits = f"1{self.rng.choice('3456789')}{self.digits(9)}"
        return self.rng.choice((f"+86 {digits}", f"+86-{digits[:3]}-{digits[3:7]}-{digits[7:]}"))

    def address(self) -> str:
        r = self.rng
        room = r.choice(
            (f"{r.randint(1, 30)}栋{r.randint(1, 6)}单元{r.randint(1, 30)}0{r.randint(1, 4)}室",)
            + (
                f"{r.randint(1, 30)}0{r.randint(1, 4)}室",
                f"{r.randint(1, 12)}号楼{r.randint(1, 3)}0{r.randint(1, 4)}",
            )
        )
        return f"{r.choice(DISTRICTS)}{r.choice(ROADS)}{r.randint(1, 300)}号{room}"

    def wechat(self) -> str:
        r = self.rng
        return "wxid_" + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(8))

    def qq(self) -> str:
        return str(self.rng.randint(10000, 9999999999))


def table_publication(fake: PublishedFaker) -> Published:
    """A list with name, ID, phone, address and bank-account columns and a public footer."""
    r = fake.rng
    doc = Published(f"{r.choice(PROGRAMS)}对象名单公示")
    columns = ["序号", r.choice(NAME_HEADERS), r.choice(ID_HEADERS), r.choice(PHONE_HEADERS)]
    columns += [r.choice(ADDRESS_HEADERS), r.choice(CARD_HEADERS), "金额（元）"]
    doc.header = columns
    for index in range(1, r.randint(4, 9)):
        name, ident, phone = fake.name(), fake.id_number(), fake.mobile().replace(" ", "")
        address, card = fake.address(), fake.bank_card().replace(" ", "")
        doc.rows.append(
            [str(index), name, ident, phone, address, card, f"{r.randint(100, 900)}.00"]
        )
        doc.personal += [("name", name), ("id_number", ident), ("phone", phone)]
        doc.personal += [("address", address), ("bank_card", card)]
    agency, line = r.choice(AGENCIES), fake.landline()
    doc.paragraphs.append(f"公示期7天，如有异议请向{agency}反映，监督电话：{line}。")
    doc.public.append(line)
    return doc


def prose_publication(fake: PublishedFaker) -> Published:
    """A penalty decision or a message: labelled names, numbers as typed, officials, hotlines."""
    r = fake.rng
    doc = Published(r.choice(("行政处罚决定书", "群众来信办理情况", "临时救助审批表")))
    party, legal, agent = fake.name(), fake.name(), fake.name()
    ident, card = fake.grouped_id(), fake.grouped_card()
    phone = r.choice((fake.numeral_mobile(), fake.wide_mobile(), fake.plus86()))
    address, wx, qq, mail = fake.address(), fake.wechat(), fake.qq(), fake.email()
    signer, speaker = fake.name(), fake.name()
    hotline, fax, consult = fake.landline(), fake.landline(), fake.mobile().replace(" ", "")
    wrong = fake.id_wrong_checksum()
    doc.paragraphs += [
        f"当事人：{party}，公民身份号码：{ident}，住址：{address}。",
        f"法定代表人：{legal}；联系电话：{phone}；微信号：{wx}，QQ：{qq}，电子邮箱：{mail}。",
        f"经办人{agent}已于{r.randint(1, 12)}月{r.randint(1, 28)}日将补助金转入其银行卡{card}。",
        f"案卷编号{wrong}经核对与身份证号不符，另行处理。",
        f"如对本决定不服，可向{r.choice(AGENCIES)}咨询，咨询电话：{consult}，投诉电话：{hotline}，"
        f"传真：{fax}。",
        f"签发人：{signer}    新闻发言人{speaker}介绍了有关情况。",
    ]
    doc.personal += [("name", party), ("id_number", ident), ("address", address)]
    doc.personal += [("name", legal), ("phone", phone), ("im_account", wx), ("im_account", qq)]
    doc.personal += [("email", mail), ("name", agent), ("bank_card", card)]
    doc.public += [consult, hotline, fax, signer, speaker, wrong]
    return doc


def render(doc: Published, fmt: str) -> tuple[bytes, str]:
    """The publication as a file of the given format: txt (tabs), pipe, spaced, html, docx, xlsx."""
    if fmt in ("txt", "pipe", "spaced"):
        sep = {"txt": "\t", "pipe": " | ", "spaced": " "}[fmt]
        lines = [doc.title]
        if doc.header:
            lines.append(sep.join(doc.header))
            lines += [sep.join(row) for row in doc.rows]
        lines += doc.paragraphs
        return "\n".join(lines).encode(), "doc.txt"
    if fmt == "html":
        import html

        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>\n"
            for row in doc.rows
        )
        head = "".join(f"<th>{html.escape(c)}</th>" for c in doc.header)
        table = f"<table><thead><tr>{head}</tr></thead><tbody>\n{rows}</tbody></table>"
        body = "".join(f"<p>{html.escape(p)}</p>" for p in doc.paragraphs)
        return f"<h1>{doc.title}</h1>{table if doc.header else ''}{body}".encode(), "doc.html"
    import io

    out = io.BytesIO()
    if fmt == "docx":
        import docx

        document = docx.Document()
        document.add_heading(doc.title)
        if doc.header:
            table = document.add_table(rows=0, cols=len(doc.header))
            for row in [doc.header, *doc.rows]:
                for cell, value in zip(table.add_row().cells, row, strict=True):
                    cell.text = value
        for paragraph in doc.paragraphs:
            document.add_paragraph(paragraph)
        document.save(out)
        return out.getvalue(), "doc.docx"
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([doc.title])
    if doc.header:
        for row in [doc.header, *doc.rows]:
            sheet.append(row)
    for paragraph in doc.paragraphs:
        sheet.append([paragraph])
    book.save(out)
    return out.getvalue(), "doc.xlsx"


FORMATS = ("txt", "pipe", "spaced", "html", "docx", "xlsx")


def publications(seed: int, per_format: int) -> list[tuple[str, Published]]:
    """Tables and prose documents rendered in every format; same seed, same corpus."""
    fake = PublishedFaker(seed)
    docs = []
    for fmt in FORMATS:
        for index in range(per_format):
            make = table_publication if index % 2 == 0 else prose_publication
            docs.append((fmt, make(fake)))
    return docs
