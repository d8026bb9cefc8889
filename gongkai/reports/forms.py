"""The form of the figures the disclosure office enters for an annual report."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .formats import (
    FEE_ITEMS,
    FIRST_REPORT_YEAR,
    T3_CARRIED_OUT,
    T3_COLUMNS,
    format_for,
    narrative_parts,
)


def figure_cells(year: int) -> list[tuple[str, str, str]]:
    """The (table, row, column) cells of the form, in the order of the report.

    Table 二's cells Gongkai holds no records for, then last year's row 四 of table 三 (for a
    report Gongkai did not count), unless last year has no report in the statutory format.
    """
    fmt = format_for(year)
    cells = [("二", row, column) for row, column in fmt.t2_cells("entered")]
    if year - 1 >= FIRST_REPORT_YEAR:
        cells += [("三", T3_CARRIED_OUT, column) for column in T3_COLUMNS]
    return cells


class FiguresForm(forms.Form):
    """One number field per cell, named ``cell-N``; empty means not entered."""

    note = forms.CharField(
        label=_("Source of the figures"),
        required=False,
        max_length=300,
        help_text=_("For example the licensing system's statistics, or the published report."),
    )

    def __init__(self, *args, year: int, initial_values: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.year = year
        self.cells = figure_cells(year)
        for n, cell in enumerate(self.cells):
            _table, _row, column = cell
            self.fields[f"cell-{n}"] = forms.DecimalField(
                label=column,
                required=False,
                max_digits=16,
                decimal_places=4,
                min_value=None if column.endswith("增/减") else 0,
                initial=initial_values.get(cell),
            )

    def values(self) -> dict[tuple[str, str, str], object]:
        return {cell: self.cleaned_data[f"cell-{n}"] for n, cell in enumerate(self.cells)}

    def rows(self) -> list[tuple[str, str, list]]:
        """(table, row label, [bound fields]) in the order of the cells, for the template."""
        labels = {r.code: r.label for r in format_for(self.year).t3_rows}
        out: list[tuple[str, str, list]] = []
        for n, (table, row, _column) in enumerate(self.cells):
            label = labels[row] if table == "三" else row
            if not out or out[-1][:2] != (table, label):
                out.append((table, label, []))
            out[-1][2].append(self[f"cell-{n}"])
        return out


class NarrativeForm(forms.Form):
    """One text per written part of the report, in the order of the format."""

    def __init__(self, *args, year: int, texts: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        self.parts = narrative_parts(format_for(year))
        for n, (key, heading) in enumerate(self.parts):
            self.fields[f"part-{n}"] = forms.CharField(
                label=heading,
                required=False,
                widget=forms.Textarea(attrs={"rows": 5}),
                initial=texts.get(key, ""),
            )

    def texts(self) -> dict[str, str]:
        return {key: self.cleaned_data[f"part-{n}"] for n, (key, _h) in enumerate(self.parts)}


class FeeItemsForm(forms.Form):
    """Per fee item Gongkai can count: whether the organisation reports it, its wording and
    its place in section 六 (AR-SEC6-1)."""

    def __init__(self, *args, current: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        chosen = {key: (n, label) for n, (key, label) in enumerate(current, start=1)}
        self.keys = list(FEE_ITEMS)
        for key, default in FEE_ITEMS.items():
            order, label = chosen.get(key, (None, default))
            self.fields[f"{key}-on"] = forms.BooleanField(
                label=_("Report this item"), required=False, initial=key in chosen
            )
            self.fields[f"{key}-label"] = forms.CharField(
                label=_("Wording in the report"),
                max_length=60,
                required=False,
                initial=label,
                help_text=_("Empty: %(default)s") % {"default": default},
            )
            self.fields[f"{key}-order"] = forms.IntegerField(
                label=_("Order"),
                min_value=1,
                max_value=len(FEE_ITEMS),
                required=False,
                initial=order or len(chosen) + 1 + self.keys.index(key),
            )

    def rows(self) -> list[tuple[str, list]]:
        return [
            (FEE_ITEMS[key], [self[f"{key}-on"], self[f"{key}-label"], self[f"{key}-order"]])
            for key in self.keys
        ]

    def items(self) -> list[tuple[str, str]]:
        """The chosen items, (key, label), in the order given."""
        data = self.cleaned_data
        chosen = [key for key in self.keys if data[f"{key}-on"]]
        chosen.sort(key=lambda k: (data[f"{k}-order"] or len(FEE_ITEMS) + 1, self.keys.index(k)))
        return [(key, data[f"{key}-label"]) for key in chosen]
