"""Loading a year from the pasted notice: check on a confirmation page, then store (CAL-DATA-1)."""

import re
from datetime import date
from pathlib import Path

import pytest
from django.urls import reverse

from gongkai.core.models import AuditEntry
from gongkai.workdays.models import DayOverride, YearSchedule
from gongkai.workdays.selectors import is_workday
from gongkai.workdays.services import schedule_load

DATA = Path(__file__).parent / "data"
NOTICE_2026 = (DATA / "notice_2026.txt").read_text(encoding="utf-8")
URL = reverse("workdays:load")


def token_of(response) -> str:
    return re.search(r'name="token" value="([^"]+)"', response.content.decode()).group(1)


@pytest.fixture
def office(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.mark.django_db
def test_pasting_the_notice_shows_the_year_and_stores_nothing_yet(office):
    response = office.post(URL, {"text": NOTICE_2026})
    html = response.content.decode()
    assert "核对2026年节假日安排" in html
    assert "国办发明电〔2025〕7号" in html
    assert "2026-02-15" in html and "2026-02-23" in html  # 春节's run of days off
    assert 'class="day-work-adjusted"' in html and 'data-day="2026-02-14"' in html
    assert "2026年已内置节假日安排" in html  # 2026 comes from chinese-calendar
    assert not YearSchedule.objects.exists()


@pytest.mark.django_db
def test_confirming_stores_the_year_with_the_notice_number(office, coordinator):
    token = token_of(office.post(URL, {"text": NOTICE_2026}))
    response = office.post(URL, {"token": token, "confirm": "1"})
    assert response.headers["Location"] == reverse("workdays:year", args=[2026])
    schedule = YearSchedule.objects.get(year=2026)
    assert schedule.notice == schedule.source == "国办发明电〔2025〕7号"
    assert DayOverride.objects.get(day=date(2026, 2, 14)).name == "春节调休上班"
    entry = AuditEntry.objects.get(action="calendar.load_year")
    assert entry.actor == coordinator and entry.reason == "国办发明电〔2025〕7号"


@pytest.mark.django_db
def test_back_returns_the_text_to_the_box(office):
    token = token_of(office.post(URL, {"text": NOTICE_2026}))
    html = office.post(URL, {"token": token, "back": "1"}).content.decode()
    assert "二、春节：2月15日（农历腊月二十八、周日）" in html
    assert not YearSchedule.objects.exists()


@pytest.mark.django_db
def test_a_tampered_token_stores_nothing(office):
    token = token_of(office.post(URL, {"text": NOTICE_2026}))
    office.post(URL, {"token": token[:-2] + "xx", "confirm": "1"})
    assert not YearSchedule.objects.exists()


@pytest.mark.django_db
def test_an_unreadable_line_is_shown_with_its_number(office):
    text = NOTICE_2026.replace("5月9日（周六）上班", "5月9日（周六）调班")
    html = office.post(URL, {"text": text}).content.decode()
    assert "第16行" in html and "未写明放假或上班" in html
    assert "核对2026年" not in html


@pytest.mark.django_db
def test_the_adjacent_year_days_survive_reloading_that_year():
    schedule_load(text=(DATA / "notice_2019.txt").read_text(encoding="utf-8"))
    assert is_workday(date(2018, 12, 29))  # a Saturday worked for 2019's New Year
    schedule_load(text="年份: 2018\n2018-01-01 休 元旦\n")
    assert is_workday(date(2018, 12, 29))
    assert not is_workday(date(2018, 12, 31))
    assert DayOverride.objects.get(day=date(2018, 12, 29)).schedule.year == 2019
