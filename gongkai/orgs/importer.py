"""Import the organisation tree and users from an Excel workbook, all or nothing.

Sheet 机构: 名称 | 简称 | 上级机构 | 类型 | 机构代码 | 别名 (别名 separated by 、 or ;).
Sheet 用户: 用户名 | 姓名 | 电子邮箱 | 所属机构 | 角色 | 初始密码.
A parent or organisation is named by its official name, short name or alias; rows may name
organisations created by earlier rows of the same file. A signed-in importer other than a
superuser reaches only the organisations they coordinate and what the file creates below them.
"""

import io
import re
import zipfile
from dataclasses import dataclass, field

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from gongkai.core.errors import DomainError
from gongkai.core.first_password import password_change_require
from gongkai.core.officezip import office_zip_check

from .models import Organisation
from .roles import Role
from .selectors import org_resolve, visible_org_ids
from .services import alias_add, membership_grant, org_create, user_create

KIND_WORDS = {
    "地区": Organisation.Kind.REGION,
    "政府": Organisation.Kind.REGION,
    "region": Organisation.Kind.REGION,
    "机关": Organisation.Kind.AGENCY,
    "部门": Organisation.Kind.AGENCY,
    "agency": Organisation.Kind.AGENCY,
    "处室": Organisation.Kind.UNIT,
    "科室": Organisation.Kind.UNIT,
    "单位": Organisation.Kind.UNIT,
    "unit": Organisation.Kind.UNIT,
}
ROLE_WORDS = {
    "公开办": Role.COORDINATOR,
    "协调员": Role.COORDINATOR,
    "coordinator": Role.COORDINATOR,
    "编辑": Role.EDITOR,
    "处室编辑": Role.EDITOR,
    "editor": Role.EDITOR,
    "审核人": Role.REVIEWER,
    "reviewer": Role.REVIEWER,
    "上级主管": Role.SUPERVISOR,
    "主管": Role.SUPERVISOR,
    "supervisor": Role.SUPERVISOR,
}
ORG_COLUMNS = ["名称", "简称", "上级机构", "类型", "机构代码", "别名"]
USER_COLUMNS = ["用户名", "姓名", "电子邮箱", "所属机构", "角色", "初始密码"]


class ImportFailed(DomainError):
    """The workbook had errors; nothing was stored. ``errors`` lists them by sheet and row."""

    def __init__(self, errors: list[str]):
        super().__init__(
            _("Nothing was imported; correct these rows and try again: %(errors)s")
            % {"errors": "；".join(errors[:20])},
            code="import_failed",
        )
        self.errors = errors


@dataclass
class ImportResult:
    orgs_created: int = 0
    aliases_added: int = 0
    users_created: int = 0
    roles_granted: int = 0
    notes: list[str] = field(default_factory=list)


def _cell(value) -> str:
    return "" if value is None else str(value).strip()


def _rows(sheet, columns: list[str], errors: list[str]):
    header = [_cell(c.value) for c in next(sheet.iter_rows(min_row=1, max_row=1))]
    missing = [c for c in columns[:1] if c not in header]
    if missing:
        errors.append(
            _("sheet “%(sheet)s”: the header row lacks the column %(col)s")
            % {"sheet": sheet.title, "col": "、".join(missing)}
        )
        return
    index = {name: header.index(name) for name in columns if name in header}
    for number, row in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        values = {name: _cell(row[i]) if i < len(row) else "" for name, i in index.items()}
        if any(values.values()):
            yield number, values


def import_workbook(data: bytes, *, actor=None) -> ImportResult:
    """Import organisations and users from ``data`` (an .xlsx file); raise ImportFailed on error."""
    office_zip_check(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise DomainError(_("The file is not an Excel workbook (.xlsx)."), code="not_xlsx") from exc
    errors: list[str] = []
    result = ImportResult()
    # None: no limit (the command line, superusers); else the ids the importer may write under.
    allowed: set[int] | None = None
    if actor is not None and not actor.is_superuser:
        allowed = visible_org_ids(user=actor, roles={Role.COORDINATOR})
    sheets = {ws.title.strip(): ws for ws in book.worksheets}
    if "机构" not in sheets and "用户" not in sheets:
        raise DomainError(
            _("The workbook needs a sheet named 机构 or 用户; see the import template."),
            code="no_sheet",
        )
    try:
        with transaction.atomic():
            if "机构" in sheets:
                _import_orgs(sheets["机构"], actor, errors, result, allowed)
            if "用户" in sheets:
                _import_users(sheets["用户"], actor, errors, result, allowed)
            if errors:
                raise ImportFailed(errors)
    finally:
        book.close()
    return result


def _out_of_scope(where: str, name: str) -> str:
    return _(
        "%(where)s: “%(name)s” is not an organisation you coordinate; you may import only below "
        "your own organisation"
    ) % {"where": where, "name": name}


def _import_orgs(
    sheet, actor, errors: list[str], result: ImportResult, allowed: set[int] | None
) -> None:
    for number, row in _rows(sheet, ORG_COLUMNS, errors):
        where = _("sheet 机构 row %(row)d") % {"row": number}
        name = row.get("名称", "")
        if not name:
            errors.append(_("%(where)s: 名称 is empty") % {"where": where})
            continue
        parent = None
        if row.get("上级机构"):
            parent = org_resolve(name=row["上级机构"], user=actor)
            if parent is None:
                errors.append(
                    _("%(where)s: unknown parent organisation “%(name)s”")
                    % {"where": where, "name": row["上级机构"]}
                )
                continue
        if allowed is not None and (parent is None or parent.pk not in allowed):
            errors.append(_out_of_scope(where, row.get("上级机构", "") or name))
            continue
        kind_word = row.get("类型", "") or "机关"
        kind = KIND_WORDS.get(kind_word.lower())
        if kind is None:
            errors.append(
                _("%(where)s: unknown type “%(kind)s” (use 地区, 机关 or 处室)")
                % {"where": where, "kind": kind_word}
            )
            continue
        try:
            with transaction.atomic():
                org = Organisation.objects.filter(parent=parent, name=name).first()
                if org is None:
                    org = org_create(
                        name=name,
                        parent=parent,
                        short_name=row.get("简称", ""),
                        kind=kind,
                        code=row.get("机构代码", ""),
                        sort_order=number,
                        actor=actor,
                    )
                    result.orgs_created += 1
                if allowed is not None:
                    allowed.add(org.pk)  # later rows may name it
                for alias in filter(None, re.split(r"[、;；,，]", row.get("别名", ""))):
                    before = org.aliases.count()
                    alias_add(org=org, alias=alias, actor=actor)
                    result.aliases_added += org.aliases.count() - before
        except DomainError as exc:
            errors.append(f"{where}: {exc.message}")


def _password_problems(password: str, row: dict) -> list[str]:
    """What Django's password validators (AUTH_PASSWORD_VALIDATORS) say against ``password``."""
    from django.contrib.auth import get_user_model

    probe = get_user_model()(
        username=row.get("用户名", ""),
        first_name=row.get("姓名", ""),
        email=row.get("电子邮箱", ""),
    )
    try:
        validate_password(password, user=probe)
    except ValidationError as exc:
        return list(exc.messages)
    return []


def _import_users(
    sheet, actor, errors: list[str], result: ImportResult, allowed: set[int] | None
) -> None:
    from django.contrib.auth import get_user_model

    User = get_user_model()
    for number, row in _rows(sheet, USER_COLUMNS, errors):
        where = _("sheet 用户 row %(row)d") % {"row": number}
        username = row.get("用户名", "")
        if not username:
            errors.append(_("%(where)s: 用户名 is empty") % {"where": where})
            continue
        org = org_resolve(name=row.get("所属机构", ""), user=actor)
        if org is None:
            errors.append(
                _("%(where)s: unknown organisation “%(name)s”")
                % {"where": where, "name": row.get("所属机构", "")}
            )
            continue
        if allowed is not None and org.pk not in allowed:
            errors.append(_out_of_scope(where, row.get("所属机构", "")))
            continue
        role = ROLE_WORDS.get(row.get("角色", "").lower())
        if role is None:
            errors.append(
                _("%(where)s: unknown role “%(role)s” (use 公开办, 编辑, 审核人 or 上级主管)")
                % {"where": where, "role": row.get("角色", "")}
            )
            continue
        password = row.get("初始密码", "")
        if password and not User.objects.filter(username=username).exists():
            problems = _password_problems(password, row)
            if problems:
                errors.append(
                    _("%(where)s: the initial password is refused: %(problems)s")
                    % {"where": where, "problems": "".join(problems)}
                )
                continue
        try:
            with transaction.atomic():
                user = User.objects.filter(username=username).first()
                if user is None:
                    user = user_create(
                        username=username,
                        password=row.get("初始密码") or None,
                        full_name=row.get("姓名", ""),
                        email=row.get("电子邮箱", ""),
                        actor=actor,
                    )
                    password_change_require(user=user)  # someone else chose it
                    result.users_created += 1
                membership_grant(user=user, org=org, role=role, actor=actor)
                result.roles_granted += 1
        except DomainError as exc:
            errors.append(f"{where}: {exc.message}")
