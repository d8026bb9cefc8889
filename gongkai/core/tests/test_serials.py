"""Number series: unique and consecutive, also when many writers take numbers at once."""

import threading
from datetime import date

import pytest
from django.db import connection, connections, transaction
from django.utils import timezone

from gongkai.applications.models import Application
from gongkai.applications.services import application_submit
from gongkai.applications.tests.factories import ApplicationFactory
from gongkai.core.db import next_prefixed_number, next_serial
from gongkai.core.idnumbers import id_check_char
from gongkai.core.models import Counter
from gongkai.participation.models import Message
from gongkai.participation.services.messages import message_submit

WRITERS = 8
EACH = 3


def test_a_series_counts_up_from_the_numbers_already_given(db):
    with transaction.atomic():
        first = next_serial("test:a", after=lambda: 41)
        second = next_serial("test:a", after=lambda: 0)  # not asked again: the row exists
        other = next_serial("test:b")
    assert (first, second, other) == (42, 43, 1)


def test_case_numbers_continue_after_those_given_before_the_counter_existed(db, org_tree):
    org = org_tree["commission"]
    ApplicationFactory(org=org, number=f"2026-{org.pk:04d}-00007")
    ApplicationFactory(org=org, number=f"2025-{org.pk:04d}-00030")  # another year's series
    app, _new = application_submit(
        org=org,
        submission_key="after-import",
        applicant_name="申请人",
        id_document=_id_number(1),
        description="请公开2026年部门预算。",
        received_on=date(2026, 3, 2),
    )
    assert app.number == f"2026-{org.pk:04d}-00008"


def test_a_prefixed_number_continues_its_own_prefix_and_keeps_its_format(db, org_tree):
    org = org_tree["civil"]
    Message.objects.create(org=org, number="LY-2026-0099-00004", subject="s", content="c", name="n")
    Message.objects.create(org=org, number="LY-2025-0099-00011", subject="s", content="c", name="n")
    messages = Message.objects.all()
    with transaction.atomic():
        taken = [
            next_prefixed_number(messages, "LY-2026-0099-", series="test.message"),
            next_prefixed_number(messages, "LY-2026-0099-", series="test.message"),
            next_prefixed_number(messages, "LY-2024-0099-", series="test.message", digits=3),
        ]
    assert taken == ["LY-2026-0099-00005", "LY-2026-0099-00006", "LY-2024-0099-001"]
    # the counter is the series's own: the messages' numbering is not moved by this one
    assert Counter.objects.get(key="test.message:LY-2026-0099-").last == 6


def test_case_and_message_numbers_keep_their_formats(db, org_tree):
    org = org_tree["commission"]
    app, _new = application_submit(
        org=org,
        submission_key="format",
        applicant_name="申请人",
        id_document=_id_number(2),
        description="请公开2026年部门预算。",
        received_on=date(2026, 3, 2),
    )
    message, _new = message_submit(
        org=org,
        submission_key="format",
        subject="办事时间",
        content="请问办事时间。",
        name="张晓明",
        phone="13812345678",
    )
    assert app.number == f"2026-{org.pk:04d}-00001"
    assert message.number == f"LY-{timezone.localdate().year}-{org.pk:04d}-00001"
    assert Counter.objects.filter(key=f"applications.application:2026-{org.pk:04d}-").exists()


def test_a_rolled_back_write_gives_its_number_back(db):
    with pytest.raises(LookupError), transaction.atomic():
        next_serial("test:c")
        raise LookupError("the record could not be written")
    with transaction.atomic():
        assert next_serial("test:c") == 1


def test_a_number_is_taken_only_inside_the_writing_transaction(transactional_db):
    with pytest.raises(RuntimeError):
        next_serial("test:d")
    assert not Counter.objects.filter(key="test:d").exists()


def _id_number(serial: int) -> str:
    base = f"11010119900101{serial:03d}"
    return base + id_check_char(base)


def _at_once(work) -> list[BaseException]:
    """Run ``work(writer)`` in WRITERS threads, each with its own database connection, all
    started together; return the errors raised."""
    start = threading.Barrier(WRITERS)
    errors: list[BaseException] = []

    def run(writer: int) -> None:
        try:
            start.wait()
            work(writer)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return errors


def _serials(numbers: list[str]) -> list[int]:
    return sorted(int(number.rsplit("-", 1)[1]) for number in numbers)


needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite lets one writer in at a time; concurrent writers need PostgreSQL",
)


@needs_postgres
def test_public_requests_submitted_at_once_all_get_their_own_number(transactional_db, org_tree):
    org = org_tree["commission"]

    def submit(writer: int) -> None:
        for n in range(EACH):
            application_submit(
                org=org,
                submission_key=f"w{writer}-{n}",
                applicant_name=f"申请人{writer}",
                id_document=_id_number(writer * EACH + n),
                description=f"请公开第{writer}-{n}号文件。",
                received_on=date(2026, 3, 2),
            )

    assert _at_once(submit) == []
    stored = list(Application.objects.filter(org=org).values_list("number", "description"))
    assert len(stored) == WRITERS * EACH
    assert {text for _number, text in stored} == {
        f"请公开第{w}-{n}号文件。" for w in range(WRITERS) for n in range(EACH)
    }
    assert _serials([number for number, _text in stored]) == list(range(1, WRITERS * EACH + 1))


@needs_postgres
def test_messages_written_at_once_all_get_their_own_number(transactional_db, org_tree):
    org = org_tree["civil"]

    def write(writer: int) -> None:
        for n in range(EACH):
            message_submit(
                org=org,
                submission_key=f"m{writer}-{n}",
                subject=f"留言{writer}-{n}",
                content="请问办事时间。",
                name="张晓明",
                phone="13812345678",
            )

    assert _at_once(write) == []
    numbers = list(Message.objects.filter(org=org).values_list("number", flat=True))
    assert len(numbers) == WRITERS * EACH
    assert _serials(numbers) == list(range(1, WRITERS * EACH + 1))


@needs_postgres
def test_one_form_sent_by_several_connections_at_once_makes_one_message(transactional_db, org_tree):
    org = org_tree["civil"]
    got: list[tuple[int, bool]] = []

    def send(_writer: int) -> None:
        message, new = message_submit(
            org=org,
            submission_key="the-same-form",
            subject="办事时间",
            content="请问办事时间。",
            name="张晓明",
            phone="13812345678",
        )
        got.append((message.pk, new))

    assert _at_once(send) == []
    stored = list(Message.objects.filter(org=org).values_list("pk", flat=True))
    assert len(stored) == 1
    assert sorted(got) == sorted([(stored[0], True)] + [(stored[0], False)] * (WRITERS - 1))
