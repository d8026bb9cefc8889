"""A fast slice of the metamorphic evaluation (forms_eval.py): the tuning part in other forms.

Each transform gives the tuning documents a form real copies take; the parser must read them as
it reads the documents themselves. The floors are what the parser measured after the rules for
these forms were written (all 1.000 but the PDF rewrap's units, 0.996), less a margin; with
those rules taken out, the lowest figures of four of the five transforms fell to 0.935-0.980
(traditional only to 0.993, one document: its rule has its own test in test_parsing_forms.py).
"""

from __future__ import annotations

import pytest

from tests.eval_report import record

from .forms_eval import score_transform, tuning_documents

SLICE = ("traditional", "pinyin_noise", "pdf_rewrap", "page_breaks", "tab_cells")
FLOOR = 0.99


@pytest.fixture(scope="module")
def docs():
    return tuning_documents()


@pytest.mark.parametrize("name", SLICE)
def test_tuning_part_in_another_form_is_read_as_well(docs, name: str) -> None:
    (tasks, units, deadlines), _ = score_transform(name, docs)
    record(
        f"work plans, tuning part as {name} ({len(docs)}): "
        f"tasks F1 {tasks:.3f}; units F1 {units:.3f}; deadlines F1 {deadlines:.3f}"
    )
    assert min(tasks, units, deadlines) >= FLOOR, (tasks, units, deadlines)
