"""Rows of a report's table that quote a plan's items by the plan's own numbers, under a 序号
cell and a unit cell spanning them (a table flattened one cell per line)::

    序号 / 牵头单位 / 工作任务 / 完成情况 / 完成进度
    12 / 市甲局 / 31.加快推进…。 / 已完成…。 / 40%
    47.做好…。 / 已开展…。

The first row's task cell opens with an item's number (``31.``); a later cell opening with a
higher number of the same style (``47.``) starts a row of its own, its cells from the task column
on, the 序号 and unit cells spanning both. Such a row holds the task cell and at least one more
(its progress), no more cells than the columns from the task column on, and no cell between two
such starts opens with a number (the numbered lines of a progress cell, ``1.…`` / ``2.…``)."""

from __future__ import annotations

from .numbering import Marker, match_marker


def _item_number(text: str) -> Marker | None:
    m = match_marker(text.strip())
    return m if m is not None and m.style == "ar_dot" and text.strip()[m.end :].strip() else None


def quoted_item_starts(cells: list[str], task: int, lead: int, row: int) -> list[int]:
    """Where the rows start among the cells of the row numbered ``row`` (its number cut off): the
    task cell (at ``task``) and each later cell opening a quoted item's row; none when no later
    one does. ``lead``: the columns after the number column. A task cell numbered as the row is
    (3 | 3.…) quotes no item."""
    if not 0 <= task < len(cells):
        return []
    first = _item_number(cells[task])
    if first is None or first.value == row:
        return []
    starts, value = [task], first.value
    for k in range(task + 1, len(cells)):
        m = match_marker(cells[k].strip())
        if m is None or m.style != "ar_dot":
            continue
        number = _item_number(cells[k])
        room = 2 <= k - starts[-1] <= lead - task
        if number is None or number.value <= value or not room:
            break  # a numbered line of a cell, or a number out of place: no quoted item
        starts.append(k)
        value = number.value
    return starts if len(starts) > 1 else []
