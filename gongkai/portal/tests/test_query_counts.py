"""No public list page makes a query per row: the count stays the same when the data grows."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gongkai.orgs.roles import Role
from gongkai.orgs.services import membership_grant
from gongkai.publishing.models import Genre, Kind, Theme
from gongkai.publishing.tests.factories import make_item, publish

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/statutory/",
    "/browse/",
    "/orgs/",
    "/rules/",
    "/annual-reports/",
    "/info/",
    "/info/normative/",
    "/info/lists/",
]
#: What each page may cost at most (the cache is cleared before each request).
MAX_QUERIES = 16


def queries(client, url: str) -> int:
    from django.core.cache import cache

    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def more_items(org_tree, coordinator, reviewer):
    """Items of other organisations, years, genres, themes and kinds: new rows in every list."""
    theme = Theme.objects.filter(parent__isnull=False).order_by("pk").last()
    for n, (org, year) in enumerate(
        [(org_tree["civil"], 2019), (org_tree["city"], 2020), (org_tree["province"], 2021)]
    ):
        for user, role in ((coordinator, Role.COORDINATOR), (coordinator, Role.EDITOR),
                           (reviewer, Role.REVIEWER)):  # fmt: skip
            membership_grant(user=user, org=org, role=role)
        item = make_item(
            org=org,
            actor=coordinator,
            title=f"关于第{n}批事项的批复",
            genre=Genre.REPLY,
            theme=theme,
            kind=Kind.NORMATIVE if n else Kind.GENERAL,
        )
        publish(item, editor=coordinator, reviewer=reviewer, coordinator=coordinator,
                on=date(year, 5, 1))  # fmt: skip


def test_public_list_pages_cost_the_same_queries_however_many_rows(
    client, published, org_tree, coordinator, reviewer, django_assert_max_num_queries
):
    pages = [
        *PAGES,
        f"/orgs/{org_tree['province'].pk}/",
        f"/info/?entry={published['entry'].pk}",
        f"/info/items/{published['notice'].pk}/",
    ]
    before = {url: queries(client, url) for url in pages}
    more_items(org_tree, coordinator, reviewer)
    after = {url: queries(client, url) for url in pages}
    assert after == before
    for url in pages:
        from django.core.cache import cache

        cache.clear()
        with django_assert_max_num_queries(MAX_QUERIES):
            client.get(url)
