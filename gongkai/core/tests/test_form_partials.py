"""Screen readers reach a field's help and errors: every id a widget names in aria-describedby
is on the page (Django 5.2 names ``<id>_helptext`` and ``<id>_error``)."""

import re

import pytest
from django import forms
from django.template.loader import render_to_string
from django.urls import reverse

DESCRIBED = re.compile(r'aria-describedby="([^"]+)"')


def unresolved_descriptions(html: str) -> list[str]:
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    named = [i for group in DESCRIBED.findall(html) for i in group.split()]
    assert named, "no field on the page names its help or errors"
    return [i for i in named if i not in ids]


class _Form(forms.Form):
    title = forms.CharField(label="标题", help_text="按文件原标题填写", max_length=5)


def test_help_and_errors_carry_the_ids_the_widget_names():
    form = _Form(data={"title": "超过五个字的标题"})
    assert not form.is_valid()
    html = render_to_string("core/partials/_form_fields.html", {"form": form})
    assert 'aria-describedby="id_title_helptext id_title_error"' in html
    assert unresolved_descriptions(html) == []


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ["publishing:item_create", "applications:settings"])
def test_office_forms_point_at_help_that_exists(client, coordinator, url_name):
    client.force_login(coordinator)
    page = client.get(reverse(url_name))
    assert page.status_code == 200
    assert unresolved_descriptions(page.content.decode()) == []
