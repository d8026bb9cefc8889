"""Import the organisation tree and users from an Excel workbook, all or nothing.

Sheet 机构: 名称 | 简称 | 上级机构 | 类型 | 机构代码 | 别名 | 专栏名称 (别名 separated by 、 or ;;
专栏名称, optional, is the name the organisation's public column shows in its header).
Sheet 用户: 用户名 | 姓名 | 电子邮箱 | 所属机构 | 角色 | 初始密码.
A parent or organisation is named by its official name, short name or alias; rows may name
organisations created by earlier rows of the same file. A signed-in importer other than a
superuser reaches only the organisations they coordinate and what the file creates below them.
"""

import re
from dataclasses import dataclass, field

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError
from gongkai.core.first_password import password_change_require
from gongkai.core.xlsx import Row, RowErrors, WorkbookReader, all_or_nothing

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
ORG_COLUMNS = ["名称", "简称", "上级机构", "类型", "机构代码", "别名", "专栏名称"]
USER_COLUMNS = ["用户名", "姓名", "电子邮箱", "所属机构", "角色", "初始密码"]


@dataclass
class ImportResult:
    orgs_created: int = 0
    aliases_added: int = 0
    users_created: int = 0
    roles_granted: int = 0
    notes: list[str] = field(default_factory=list)


def import_workbook(data: bytes, *, actor=None) -> ImportResult:
    """Import organisations and users from ``data`` (an .xlsx file); raise ImportFailed
    (every bad row listed, nothing stored) or DomainError (not a workbook, no sheet)."""
    result = ImportResult()
    # None: no limit (the command line, superusers); else the ids the importer may write under.
    allowed: set[int] | None = None
    if actor is not None and not actor.is_superuser:
        allowed = visible_org_ids(user=actor, roles={Role.COORDINATOR})
    with WorkbookReader(data) as book:
        if not (book.has_sheet("机构") or book.has_sheet("用户")):
            raise DomainError(
                _("The workbook needs a sheet named 机构 or 用户; see the import template."),
                code="no_sheet",
            )
        sheets = {
            name: book.rows(name, required=columns[:1], optional=columns[1:])
            for name, columns in (("机构", ORG_COLUMNS), ("用户", USER_COLUMNS))
            if book.has_sheet(name)
        }
    with all_or_nothing() as errors:
        _import_orgs(sheets.get("机构", []), actor, errors, result, allowed)
        _import_users(sheets.get("用户", []), actor, errors, result, allowed)
    return result


def _out_of_scope(errors: RowErrors, row: Row, column: str) -> None:
    errors.add(
        row,
        _(
            "“%(name)s” is not an organisation you coordinate; you may import only below your "
            "own organisation"
        )
        % {"name": row.text(column)},
        column=column,
    )


def _import_orgs(
    rows: list[Row], actor, errors: RowErrors, result: ImportResult, allowed: set[int] | None
) -> None:
    for row in rows:
        if not errors.require(row, "名称"):
            continue
        name = row.text("名称")
        parent = None
        if row.text("上级机构"):
            parent = org_resolve(name=row.text("上级机构"), user=actor)
            if parent is None:
                errors.add(
                    row,
                    _("unknown parent organisation “%(name)s”") % {"name": row.text("上级机构")},
                    column="上级机构",
                )
                continue
        if allowed is not None and (parent is None or parent.pk not in allowed):
            _out_of_scope(errors, row, "上级机构" if parent else "名称")
            continue
        kind_word = row.text("类型") or "机关"
        kind = KIND_WORDS.get(kind_word.lower())
        if kind is None:
            errors.add(
                row,
                _("unknown type “%(kind)s” (use 地区, 机关 or 处室)") % {"kind": kind_word},
                column="类型",
            )
            continue
        try:
            with transaction.atomic():
                org = Organisation.objects.filter(parent=parent, name=name).first()
                if org is None:
                    org = org_create(
                        name=name,
                        parent=parent,
                        short_name=row.text("简称"),
                        kind=kind,
                        code=row.text("机构代码"),
                        sort_order=row.number,
                        actor=actor,
                    )
                    result.orgs_created += 1
                column_name = row.text("专栏名称")
                if column_name and column_name != org.site_name:
                    org.site_name = column_name
                    org.save(update_fields=["site_name"])
                if allowed is not None:
                    allowed.add(org.pk)  # later rows may name it
                for alias in filter(None, re.split(r"[、;；,，]", row.text("别名"))):
                    before = org.aliases.count()
                    alias_add(org=org, alias=alias, actor=actor)
                    result.aliases_added += org.aliases.count() - before
        except DomainError as exc:
            errors.add(row, exc.message)


def _password_problems(password: str, row: Row) -> list[str]:
    """What Django's password validators (AUTH_PASSWORD_VALIDATORS) say against ``password``."""
    from django.contrib.auth import get_user_model

    probe = get_user_model()(
        username=row.text("用户名"), first_name=row.text("姓名"), email=row.text("电子邮箱")
    )
    try:
        validate_password(password, user=probe)
    except ValidationError as exc:
        return list(exc.messages)
    return []


def _import_users(
    rows: list[Row], actor, errors: RowErrors, result: ImportResult, allowed: set[int] | None
) -> None:
    from django.contrib.auth import get_user_model

    User = get_user_model()
    for row in rows:
        if not errors.require(row, "用户名"):
            continue
        username = row.text("用户名")
        org = org_resolve(name=row.text("所属机构"), user=actor)
        if org is None:
            errors.add(
                row,
                _("unknown organisation “%(name)s”") % {"name": row.text("所属机构")},
                column="所属机构",
            )
            continue
        if allowed is not None and org.pk not in allowed:
            _out_of_scope(errors, row, "所属机构")
            continue
        role = ROLE_WORDS.get(row.text("角色").lower())
        if role is None:
            errors.add(
                row,
                _("unknown role “%(role)s” (use 公开办, 编辑, 审核人 or 上级主管)")
                % {"role": row.text("角色")},
                column="角色",
            )
            continue
        password = row.text("初始密码")
        if password and not User.objects.filter(username=username).exists():
            problems = _password_problems(password, row)
            if problems:
                errors.add(
                    row,
                    _("the initial password is refused: %(problems)s")
                    % {"problems": "".join(problems)},
                    column="初始密码",
                )
                continue
        try:
            with transaction.atomic():
                user = User.objects.filter(username=username).first()
                if user is None:
                    user = user_create(
                        username=username,
                        password=password or None,
                        full_name=row.text("姓名"),
                        email=row.text("电子邮箱"),
                        actor=actor,
                    )
                    password_change_require(user=user)  # someone else chose it
                    result.users_created += 1
                membership_grant(user=user, org=org, role=role, actor=actor)
                result.roles_granted += 1
        except DomainError as exc:
            errors.add(row, exc.message)
