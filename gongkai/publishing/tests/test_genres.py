"""An item's 文种 (PUB-GENRE-1): as chosen, else the title's, else 其他; never a silent 通知."""

import pytest

from gongkai.publishing.genres import genre_from_title
from gongkai.publishing.models import Genre
from gongkai.publishing.tests.factories import make_item


@pytest.mark.parametrize(
    ("title", "genre"),
    [
        ("关于进一步改善医疗服务的通知", "通知"),
        ("关于公布2024年第一季度城乡低保对象名单的公告", "公告"),
        ("关于加强基层医疗卫生服务的实施意见（征求意见稿）", "意见"),
        ("关于同意设立某某开发区的批复", "批复"),
        ("国务院关于修改部分行政法规的决定", "决定"),
        ("省卫生健康委关于某某建议的复函", "函"),
        ("平度市2023年政府信息公开工作年度报告", "报告"),
        ("中华人民共和国政府信息公开条例", "其他"),
        ("2023年城乡低保资金发放情况", "其他"),
    ],
)
def test_the_genre_is_the_one_the_title_ends_with(title, genre):
    assert genre_from_title(title) == genre


@pytest.mark.django_db
def test_an_item_saved_without_a_genre_gets_its_titles_not_notice(org_tree, coordinator):
    org = org_tree["commission"]
    rules = make_item(org=org, actor=coordinator, title="云南省医疗机构药品采购管理办法")
    assert rules.genre == Genre.OTHER
    chosen = make_item(org=org, actor=coordinator, title="某某管理办法", genre=Genre.DECISION)
    assert chosen.genre == Genre.DECISION  # what staff choose stands


@pytest.mark.django_db
def test_the_item_form_preselects_no_genre(client, org_tree, editor):
    client.force_login(editor)
    html = client.get("/office/publishing/new/").content.decode()
    select = html.split('name="genre"', 1)[1].split("</select>", 1)[0]
    assert "selected" not in select.split('value="通知"', 1)[1].split("</option>", 1)[0]
