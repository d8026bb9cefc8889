"""Management command ``privacy``: ``gongkai privacy scan FILE`` lists personal data in a file."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from gongkai.publishing.privacy import KIND_LABELS, Finding, PrivacyError, extract_text, scan_text
from gongkai.publishing.privacy.files import file_suffix


def format_finding(text: str, finding: Finding) -> str:
    """One line for staff: label, text as found, line and offsets, masked form."""
    line = text.count("\n", 0, finding.start) + 1
    return (
        f"{finding.label}\t{finding.text}\t第{line}行 位置{finding.start}–{finding.end}"
        f"\t→ {finding.masked}"
    )


def summary(findings: list[Finding]) -> str:
    """Counts per kind, in Chinese."""
    if not findings:
        return "未发现个人信息。"
    counts = Counter(f.kind for f in findings)
    parts = "，".join(f"{KIND_LABELS.get(k, k)} {n} 处" for k, n in counts.items())
    return f"共发现 {len(findings)} 处个人信息：{parts}。"


def read_input(name: str) -> bytes:
    """Read the file or raise CommandError with a Chinese message."""
    path = Path(name)
    if not path.exists():
        raise CommandError(f"文件不存在：{name}")
    if not path.is_file():
        raise CommandError(f"不是文件：{name}")
    try:
        file_suffix(path.name)
    except PrivacyError as exc:
        raise CommandError(str(exc)) from exc
    data = path.read_bytes()
    if not data:
        raise CommandError(f"文件为空：{name}")
    return data


class Command(BaseCommand):
    help = (
        "个人信息检查（去标识化）：privacy scan 文件 —— 列出身份证号、电话、银行卡号、邮箱、姓名、"
        "住址、微信号和QQ号；机关公开联系方式和校验位不符的号码单独列出，供人工判断"
    )

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True, metavar="scan")
        scan = actions.add_parser(
            "scan", help="扫描文件（.docx .xlsx .pdf .txt .csv .html，图片和扫描件先识别文字）"
        )
        scan.add_argument("file", help="要检查的文件")
        scan.add_argument(
            "--format", choices=("text", "json"), default="text", help="输出格式（默认 text）"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        name = options["file"]
        data = read_input(name)
        try:
            text = extract_text(data, Path(name).name)
        except PrivacyError as exc:
            raise CommandError(str(exc)) from exc
        findings = scan_text(text)
        if not any(char.isalnum() for char in text):
            self.stderr.write("未能从该文件读出文字（图片或扫描件未识别出文字），请人工核对。")
        if options["format"] == "json":
            payload = [f.to_dict() for f in findings]
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        for finding in findings:
            self.stdout.write(format_finding(text, finding))
        self.stdout.write(summary(findings))
