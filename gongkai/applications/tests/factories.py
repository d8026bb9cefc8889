"""Factories for disclosure requests, for tests that need a request in a given state."""

from datetime import date

import factory
from factory.django import DjangoModelFactory

from gongkai.applications.clock_events import EventKind
from gongkai.applications.models import Application, ClockEvent
from gongkai.applications.states import Channel, Status


class ApplicationFactory(DjangoModelFactory):
    """A request in any status, made directly (tests of the transition table start here)."""

    class Meta:
        model = Application
        skip_postgeneration_save = True

    number = factory.Sequence(lambda n: f"2024-TEST-{n:05d}")
    applicant_name = factory.Faker("name", locale="zh_CN")
    id_document = factory.Faker("ssn", locale="zh_CN")
    channel = Channel.ONLINE
    description = factory.Faker("sentence", locale="zh_CN")
    status = Status.RECEIVED

    received = factory.RelatedFactory(
        "gongkai.applications.tests.factories.ClockEventFactory",
        factory_related_name="application",
    )


class ClockEventFactory(DjangoModelFactory):
    class Meta:
        model = ClockEvent

    kind = EventKind.RECEIVED
    day = date(2024, 9, 27)
