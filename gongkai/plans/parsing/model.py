"""Data classes passed between the parser stages and returned to callers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# the line put between the two columns of a page printed in two columns: the right column goes
# on from a part of the document that is not on the page, so numbers after it start afresh
COLUMN_BREAK = "\ue000"  # a private-use character: no page text holds it


@dataclass
class Cell:
    """One table cell; ``spanned`` marks a copy made for a row- or column-span."""

    text: str
    spanned: bool = False


@dataclass
class Block:
    """A paragraph (``kind == "para"``) or a table (``kind == "table"``) read from a document."""

    kind: str
    text: str = ""
    style: str = ""
    rows: list[list[Cell]] = field(default_factory=list)


@dataclass
class ParsedTask:
    """One task of the plan, in the README schema plus helper fields."""

    path: list[str]
    title: str = ""
    content: str = ""
    lead: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    deadline: str = ""
    due: str | None = None
    recurrence: str | None = None
    relative: dict[str, Any] | None = None
    source_line_start: int = 0
    source_line_end: int = 0

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "path": list(self.path),
            "title": self.title,
            "lead": list(self.lead),
            "units": list(self.units),
            "deadline": self.deadline,
            "due": self.due,
            "recurrence": self.recurrence,
        }
        if self.relative:
            data["relative"] = dict(self.relative)
        return data


@dataclass
class ParsedPlan:
    """The parsed work plan: title, year, tasks and per-task warnings."""

    title: str = ""
    year: int | None = None
    tasks: list[ParsedTask] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source_lines: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "title": self.title,
            "year": self.year,
            "tasks": [task.to_dict() for task in self.tasks],
        }
        if self.warnings:
            data["warnings"] = list(self.warnings)
        return data
