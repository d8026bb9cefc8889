"""Catalog entries (versions, Excel import all-or-nothing) and lists (versions, diff, feedback)."""

from datetime import date

import pytest

from gongkai.core.errors import DomainError
from gongkai.publishing.models import CatalogEntry, ListType
from gongkai.publishing.services import (
    catalog_entry_save,
    catalog_export,
    catalog_import,
    list_create,
    list_diff,
    list_feedback_submit,
    list_version_import,
)
from gongkai.publishing.services.catalog import COLUMNS

from .factories import xlsx_bytes

pytestmark = pytest.mark.django_db


def _row(code, parent, name, effective="2024-01-01"):
    body = "省卫生计生委"
    return [
        code,
        parent,
        name,
        body,
        f"{name}的内容",
        "20个工作日内",
        "政府网站",
        "条例",
        effective,
    ]


def test_catalog_import_builds_the_tree_in_any_row_order(org_tree, coordinator):
    org = org_tree["commission"]
    data = xlsx_bytes([COLUMNS, _row("1.1", "1", "规范性文件"), _row("1", "", "法规文件")])
    assert catalog_import(org=org, actor=coordinator, data=data) == 2
    child = CatalogEntry.objects.get(org=org, code="1.1")
    assert child.parent.code == "1" and child.effective_from == date(2024, 1, 1)


def test_catalog_numbers_typed_as_numbers_match_the_same_numbers_typed_as_text(
    org_tree, coordinator
):
    # Excel stores the number 1 as 1.0; a parent number typed as the text "1.0" is the same entry
    org = org_tree["commission"]
    data = xlsx_bytes([COLUMNS, _row(1.0, "", "法规文件"), _row("1.1", "1.0", "规范性文件")])
    assert catalog_import(org=org, actor=coordinator, data=data) == 2
    assert CatalogEntry.objects.get(org=org, code="1.1").parent.code == "1"


def test_catalog_import_with_unknown_parent_writes_nothing(org_tree, coordinator):
    org = org_tree["commission"]
    data = xlsx_bytes([COLUMNS, _row("1", "", "法规文件"), _row("2.1", "9", "规章")])
    with pytest.raises(DomainError, match="第3行“上级编号”列：上级编号“9”不存在"):
        catalog_import(org=org, actor=coordinator, data=data)
    assert not CatalogEntry.objects.filter(org=org).exists()


def test_changed_entry_gets_a_new_version_with_its_date_and_export_round_trips(
    org_tree, coordinator
):
    org = org_tree["commission"]
    catalog_import(
        org=org, actor=coordinator, data=xlsx_bytes([COLUMNS, _row("1", "", "法规文件")])
    )
    again = xlsx_bytes([COLUMNS, _row("1", "", "法规文件和政策", effective="2024-06-01")])
    assert catalog_import(org=org, actor=coordinator, data=again) == 1
    entry = CatalogEntry.objects.get(org=org, code="1")
    assert (entry.version, entry.name, entry.effective_from) == (
        2,
        "法规文件和政策",
        date(2024, 6, 1),
    )
    assert [v.data["name"] for v in entry.versions.all()] == ["法规文件和政策", "法规文件"]
    # importing the export changes nothing
    assert catalog_import(org=org, actor=coordinator, data=catalog_export(org=org)) == 0


def test_catalog_editing_needs_the_coordinator(org_tree, editor):
    with pytest.raises(DomainError):
        catalog_entry_save(
            org=org_tree["office"], actor=editor, code="1", parent=None, fields={"name": "x"}
        )


def test_list_versions_and_diff(org_tree, coordinator):
    power = ListType.objects.get(code="power")
    columns = power.columns
    lst = list_create(
        org=org_tree["commission"], actor=coordinator, list_type=power, title="权责清单"
    )
    v1 = [["QL-1", "医疗机构执业登记", "行政许可", "条例", "审查", "违法"],
          ["QL-2", "医师执业注册", "行政许可", "医师法", "审查", "违法"]]  # fmt: skip
    v2 = [["QL-1", "医疗机构执业登记", "行政许可", "条例（2022）", "审查", "违法"],
          ["QL-3", "护士执业注册", "行政许可", "护士条例", "审查", "违法"]]  # fmt: skip
    list_version_import(disclosure_list=lst, actor=coordinator, data=xlsx_bytes([columns, *v1]))
    second = list_version_import(
        disclosure_list=lst, actor=coordinator, data=xlsx_bytes([columns, *v2]), note="调整"
    )
    assert second.number == 2 and lst.versions.count() == 2
    diff = list_diff(old=v1, new=v2, columns=columns)
    assert [r[0] for r in diff["added"]] == ["QL-3"]
    assert [r[0] for r in diff["removed"]] == ["QL-2"]
    assert diff["changed"] == [
        {"key": "QL-1", "cells": [{"column": "设定依据", "old": "条例", "new": "条例（2022）"}]}
    ]
    with pytest.raises(DomainError, match="没有变化"):
        list_version_import(disclosure_list=lst, actor=coordinator, data=xlsx_bytes([columns, *v2]))


def test_list_import_with_wrong_columns_or_duplicate_key_is_refused(org_tree, coordinator):
    power = ListType.objects.get(code="power")
    lst = list_create(org=org_tree["commission"], actor=coordinator, list_type=power, title="清单")
    with pytest.raises(DomainError, match="表头缺少“编码”"):
        list_version_import(disclosure_list=lst, actor=coordinator, data=xlsx_bytes([["甲", "乙"]]))
    dup = xlsx_bytes([power.columns, ["A", "x", "", "", "", ""], ["A", "y", "", "", "", ""]])
    with pytest.raises(DomainError, match="第3行“编码”列：“A”与第2行重复"):
        list_version_import(disclosure_list=lst, actor=coordinator, data=dup)
    assert not lst.versions.exists()


def test_feedback_needs_a_message(org_tree, coordinator):
    power = ListType.objects.get(code="power")
    lst = list_create(org=org_tree["commission"], actor=coordinator, list_type=power, title="清单")
    with pytest.raises(DomainError):
        list_feedback_submit(disclosure_list=lst, name="", contact="", message="  ")
    list_feedback_submit(disclosure_list=lst, name="王", contact="", message="第3项依据已废止")
    assert lst.feedback.get().message == "第3项依据已废止"
