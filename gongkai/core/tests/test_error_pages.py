"""Error pages with DEBUG off: Chinese, in the portal's look, no URL map and no English."""

import re

import pytest
from django.conf import settings
from django.template.loader import render_to_string

LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")


def visible_text(html: str) -> str:
    body = html.split("<body", 1)[1].split(">", 1)[1]
    return re.sub(r"<[^>]+>", " ", body)


@pytest.mark.django_db
def test_an_unknown_address_gets_the_chinese_404_page(client):
    assert settings.DEBUG is False
    response = client.get("/nonexistent/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "页面不存在" in page
    assert "public-header" in page  # the portal's look
    assert "nonexistent" not in page and "URLconf" not in page
    assert 'action="/search/"' in page and "搜索政府信息" in page  # find it from here
    assert LATIN_WORD.findall(visible_text(page)) == []
    assert _nav_labels(page) == _nav_labels(client.get("/").content.decode())  # the public nav


@pytest.mark.django_db
def test_a_refused_page_gets_the_chinese_403_page(client, editor):
    client.force_login(editor)
    response = client.get("/office/audit/")
    assert response.status_code == 403
    assert "无权访问" in response.content.decode()


@pytest.mark.parametrize("name", ["400.html", "403_csrf.html", "500.html"])
def test_the_other_error_pages_render_without_a_request_in_chinese(name):
    page = render_to_string(name)  # the 500 page is rendered without the request's context
    assert LATIN_WORD.findall(visible_text(page)) == []
    assert "public-header" in page and "返回首页" in page
    assert 'action="/search/"' in page and "搜索政府信息" in page
    # the public nav, every section of it
    from gongkai.core.navigation import public_nav

    assert _nav_labels(page) == [str(item["label"]) for item in public_nav("")]
    assert "首页" in _nav_labels(page)


def _nav_labels(html: str) -> list[str]:
    nav = html.split('class="public-nav"', 1)[1].split("</nav>", 1)[0]
    return [re.sub(r"<[^>]+>", "", a).strip() for a in re.findall(r"<a [^>]*>.*?</a>", nav, re.S)]
