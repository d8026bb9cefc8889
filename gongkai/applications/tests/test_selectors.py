"""Who sees which request: staff by organisation, the applicant by the private link only."""

import pytest
from django.http import Http404

from gongkai.applications.selectors import (
    application_get,
    application_get_by_token,
    application_list,
)

from .factories import ApplicationFactory

pytestmark = pytest.mark.django_db


def test_staff_see_only_their_organisations_requests(org_tree, coordinator, city_coordinator):
    app = ApplicationFactory(org=org_tree["commission"])
    assert list(application_list(user=coordinator)) == [app]
    assert list(application_list(user=city_coordinator)) == []
    assert application_get(user=coordinator, pk=app.pk) == app
    with pytest.raises(Http404):
        application_get(user=city_coordinator, pk=app.pk)


def test_private_link_finds_the_request_and_nothing_else(org_tree):
    app = ApplicationFactory(org=org_tree["commission"])
    assert application_get_by_token(token=app.access_token) == app
    for wrong in ("", app.access_token[:-1], "x" * 43):
        with pytest.raises(Http404):
            application_get_by_token(token=wrong)
