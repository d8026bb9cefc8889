"""A refused catalog or list import lists every bad row on the page, one item each."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from gongkai.publishing.models import CatalogEntry, ListType
from gongkai.publishing.services import list_create
from gongkai.publishing.services.catalog import COLUMNS

from .factories import xlsx_bytes

pytestmark = pytest.mark.django_db


def _items(page: str) -> list[str]:
    box = re.search(r'<div class="form-errors import-errors".*?</div>', page, re.S)
    assert box, "no list of bad rows on the page"
    assert "未导入任何数据。请更正以下各行后重新上传：" in box.group(0)
    return re.findall(r"<li>(.*?)</li>", box.group(0))


def _row(code, parent, name):
    return [
        code,
        parent,
        name,
        "省卫生计生委",
        "内容",
        "20个工作日内",
        "政府网站",
        "条例",
        "2024-01-01",
    ]


def test_the_catalog_page_lists_each_bad_row(client, org_tree, coordinator):
    client.force_login(coordinator)
    org = org_tree["commission"]
    data = xlsx_bytes(
        [COLUMNS, _row("1", "", "法规文件"), _row("2.1", "9", "规章"), _row("3", "8", "x")]
    )
    response = client.post(
        reverse("publishing:catalog_import"),
        {"org": org.pk, "file": SimpleUploadedFile("catalog.xlsx", data)},
    )
    items = _items(response.content.decode())
    assert [i.split("：")[0] for i in items] == [
        "“Sheet”表第3行“上级编号”列",
        "“Sheet”表第4行“上级编号”列",
    ]
    assert not CatalogEntry.objects.filter(org=org).exists()


def test_the_list_page_lists_each_bad_row(client, org_tree, coordinator):
    client.force_login(coordinator)
    power = ListType.objects.get(code="power")
    lst = list_create(org=org_tree["commission"], actor=coordinator, list_type=power, title="清单")
    rows = [["A", "x", "", "", "", ""], ["A", "y", "", "", "", ""], ["B", "z", "", "", "", ""],
            ["B", "w", "", "", "", ""]]  # fmt: skip
    response = client.post(
        reverse("publishing:list_detail", args=[lst.pk]),
        {"file": SimpleUploadedFile("list.xlsx", xlsx_bytes([power.columns, *rows])), "note": ""},
    )
    items = _items(response.content.decode())
    assert len(items) == 2
    assert items[0].endswith("“A”与第2行重复。") and items[1].endswith("“B”与第4行重复。")
    assert not lst.versions.exists()
