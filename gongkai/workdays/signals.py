"""Signals of the calendar: open deadlines are recomputed when a year changes (CAL-DATA-1)."""

from django.dispatch import Signal

#: Sent after commit with ``years`` (a set of ints) whose working days changed.
calendar_changed = Signal()
