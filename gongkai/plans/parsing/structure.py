"""Structure: build the item tree from lines and tables, attach statements, select the tasks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .fold import fold
from .heading_statements import heading_statement
from .model import COLUMN_BREAK, Cell
from .numbering import (
    Marker,
    cn_to_int,
    garbled_prefix,
    label_for,
    match_bare_number,
    match_marker,
    realigned_number,
)
from .statement_items import closing_statement_items, parts_heading, statement_kind
from .statements import (
    LABEL,
    Statement,
    find_statements,
    is_statement_line,
    is_unit_list,
    parse_statement,
    parse_unit_cell,
)
from .table_rows import TableRow, map_table


@dataclass
class Node:
    """A numbered item, an unnumbered paragraph with its own statement (¶), or the root."""

    label: str = ""
    style: str = "root"
    value: int = 0
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    own_text: str = ""
    title: str | None = None
    statements: list[Statement] = field(default_factory=list)
    range_statements: list[Statement] = field(default_factory=list)
    first_line: int = 0
    last_line: int = 0
    para_count: int = 0
    garbled: bool = False
    # (line, statement) of notes naming units for every task after them (以下各项工作均需…落实)
    notes: list[tuple[int, Statement]] = field(default_factory=list)
    # its statements stand on a line of their own right under its heading (一、某某政策 /
    # (由甲局牵头实施)): when it has numbered items, they are each item's, not a task's
    statement_line: bool = False
    # its text after its number is only a labelled statement (statement_items: UNITS, DEADLINE)
    statement_kind: str = ""

    def add_child(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child

    def path(self) -> list[str]:
        out = []
        node: Node | None = self
        while node is not None and node.style != "root":
            out.append(node.label)
            node = node.parent
        return out[::-1]

    def touch(self, line: int, text: str | None = None) -> None:
        self.last_line = max(self.last_line, line)
        if text is not None:
            self.lines.append(text)


def resolve_markers(lines: list[str]) -> list[Marker | None]:
    """Markers of every line; a mojibake prefix between (八) and (十) is read as (九)."""
    markers: list[Marker | None] = [match_marker(line) for line in lines]
    for i, line in enumerate(lines):
        if markers[i] is not None:
            continue
        cut = garbled_prefix(line)
        if not cut:
            continue
        value = realigned_number(line)
        if value is not None:  # read from its bytes (still a number to check by hand)
            markers[i] = Marker("cn_paren", value, label_for("cn_paren", value), cut, garbled=True)
            continue
        prev: dict[str, int] = {}
        for m in markers[:i]:
            if m is not None:
                prev[m.style] = m.value
        for style, value in prev.items():
            nxt = next((m for m in markers[i + 1 :] if m is not None and m.style == style), None)
            if nxt is not None and nxt.value == value + 2:
                markers[i] = Marker(
                    style, value + 1, label_for(style, value + 1), cut, garbled=True
                )
                break
    for i, line in enumerate(lines):
        if markers[i] is None:
            markers[i] = _lost_punctuation(line, markers[:i], markers[i + 1 :])
    return markers


_OPEN_NUMBER = re.compile(r"\s*\(\s*([一二三四五六七八九十]{1,3})(?=[\u4e00-\u9fff])")
# digits run on into the text, not a count or a date (3个, 5月)
_BARE_DIGITS = re.compile(r"\s*(\d{1,2})(?=[\u4e00-\u9fff])(?![年月日时号个项次条家名人万亿元])")


def _lost_punctuation(
    line: str, before: list[Marker | None], after: list[Marker | None]
) -> Marker | None:
    """A number that lost its closing bracket (``(二加强…``, the bracket it opens never closes on
    the line) or its dot (``3落实…``) in the sequence of its style: ``(一`` right under a
    higher-level item or after ``(一)``'s predecessor, ``3`` between ``2.`` and ``4.``."""
    k = fold(line)
    m = _OPEN_NUMBER.match(k)
    if m is not None and k.count("(") > k.count(")"):
        value = cn_to_int(m.group(1))
        styles = ("cn_dun", "cn_paren")
        prev = next((b for b in reversed(before) if b is not None and b.style in styles), None)
        first = prev is not None and prev.style == "cn_dun" and value == 1
        if first or (prev is not None and prev.style == "cn_paren" and prev.value == value - 1):
            return Marker("cn_paren", value, label_for("cn_paren", value), m.end())
    m = _BARE_DIGITS.match(k)
    if m is not None:
        value = int(m.group(1))
        last = next((b for b in reversed(before) if b is not None), None)
        nxt = next((a for a in after if a is not None), None)
        if (
            last is not None
            and nxt is not None
            and last.style == nxt.style == "ar_dot"
            and last.value == value - 1
            and nxt.value == value + 1
        ):
            return Marker("ar_dot", value, label_for("ar_dot", value), m.end())
    return None


# Levels of item numbers as Chinese documents use them: 一、 > （一） > 1. > （1） > ①.
_RANK = {"cn_dun": 1, "cn_paren": 2, "ar_dot": 3, "ar_paren": 4, "ar_half": 4, "circled": 5}


def _bare_cn_number(text: str) -> Marker | None:
    """A cell holding only a Chinese numeral (一, 十二), read as a section number (一、)."""
    m = match_bare_number(text)
    return m if m is not None and m.style == "cn_dun" else None


def _heading_only(node: Node) -> bool:
    """An item whose line holds only its heading (NOTES §1: a grouping heading)."""
    text = node.own_text.strip().rstrip("。.")
    return bool(text) and len(text) <= 30 and not re.search(r"[。；;，,：:]", text)


def _wrapped_item(node: Node) -> bool:
    """An item without a statement or children whose line was broken inside its sentence: long,
    with a comma in it, ending in no stop (a heading ends in none too, but is short)."""
    text = node.own_text.strip()
    return (
        node.style != "para"
        and not node.statements
        and not node.children
        and len(text) >= 20
        and bool(re.search(r"[,，、]", fold(text)))
        and not re.search(r"[。.;；:：!！?？)）\]】]$", text)
    )


def _closes_run(item: Node, text: str) -> bool:
    """A statement standing alone on the line after a run of sub-items ((1)…(4) under 1.), in
    brackets or labelled (问题整改责任单位：…), none of which has a statement or items of its
    own: it is the parent item's, and so applies to each sub-item."""
    parent = item.parent
    if parent is None or parent.style == "root" or len(parent.children) < 2:
        return False
    k = fold(text).strip().rstrip("。")
    if not (k[:1] in "(（〔[" and k[-1:] in ")）〕]") and not LABEL.match(k):
        return False
    run = parent.children
    return (
        run[-1] is item
        and all(c.style == item.style and not c.statements and not c.children for c in run)
        and not parent.statements
    )


# an attachment's heading line: 附件, 附件2, 附件：某某任务分工表 (a name, no sentence)
_ATTACHMENT_HEADING = re.compile(r"^\s*附\s*件\s*\d{0,2}\s*(?:[:：]\s*[^。;；:：]{0,60})?$")


class TreeBuilder:
    """Reads lines and tables in document order into a tree of items."""

    def __init__(self) -> None:
        self.root = Node()
        self.stack: list[Node] = []
        self.holder: Node = self.root
        self.last_kind = "start"
        self.last_plain: tuple[int, str] | None = None
        # the last line that gave statements: its node, text, where its text starts after the
        # number (-1 for a statement line) and how many statements it gave
        self.last_stated: tuple[Node, str, int, int] | None = None
        # the parents whose numbered runs are closed into ``¶N`` groups (see _wrap_group)
        self.grouped: set[int] = set()
        self.stated_items: set[int] = set()  # the items whose own line gave statements

    def _close_group_before_restart(self, marker: Marker) -> None:
        """Numbers restarting at 1 right after a statement line that closed a run of items
        numbered from 1 (1.… 2.… 整改责任单位：甲局 整改时限：… 1.… 责任单位：乙局 …): each run and
        its statement is a group, an unnumbered block ``¶N`` over its numbered lines (29th
        batch's decision), the statement applying to each of them; later runs are closed so at
        their statement line, and unnumbered paragraphs with statements between them count on."""
        if self.last_kind != "statement" or self.last_stated is None:
            return
        target, _, start, _ = self.last_stated
        if start != -1 or target.style != marker.style or not any(n is target for n in self.stack):
            return
        self._wrap_group(target)

    def _wrap_group(self, last: Node) -> None:
        """Set the run of items ending with ``last`` (numbered from 1, in order, without items or
        statements of their own but those its closing statement lines gave ``last``) under a new
        ``¶N`` of their parent, which takes those statements."""
        parent = last.parent
        if (
            parent is None
            or last.style == "para"
            or not last.statements
            or last.children
            or id(last) in self.stated_items
        ):
            return
        kids = parent.children
        start = len(kids) - 1
        while start > 0 and kids[start - 1].style == last.style:
            start -= 1
        run = kids[start:]
        if (
            run[-1] is not last
            or [c.value for c in run] != list(range(1, len(run) + 1))
            or any(c.statements or c.children for c in run[:-1])
        ):
            return
        parent.para_count += 1
        group = Node(label=f"¶{parent.para_count}", style="para", first_line=run[0].first_line)
        group.statements, last.statements = last.statements, []
        group.last_line = last.last_line
        for c in run:
            c.parent = group
        group.children = run
        kids[start:] = [group]
        group.parent = parent
        at = next((k for k, n in enumerate(self.stack) if n is last), None)
        if at is not None:  # the run is closed: what follows is its parent's
            del self.stack[at:]
        self.grouped.add(id(parent))
        self.holder = group

    @property
    def current(self) -> Node:
        return self.stack[-1] if self.stack else self.root

    def _accept(self, marker: Marker) -> bool:
        for idx in range(len(self.stack) - 1, -1, -1):
            node = self.stack[idx]
            if node.style == marker.style:
                if 1 <= marker.value - node.value <= 3 or (
                    marker.value == 1 and self._sub_heading_before()
                ):
                    del self.stack[idx:]
                    return True
                return False
        # no item of this style is open: a number of a higher level (一、 above （一） above 1.)
        # closes the deeper items instead of nesting under them (a document starting mid-way)
        rank = _RANK.get(marker.style)
        if rank is not None:
            while self.stack and _RANK.get(self.stack[-1].style, -1) > rank:
                self.stack.pop()
        return True

    def _sub_heading_before(self) -> bool:
        """The line before is a short heading without a number (本月情况 / 好的做法): a list
        numbered afresh under it (1、 after 3、) is a list of its own, at the same level."""
        if self.last_kind != "plain" or self.last_plain is None:
            return False
        text = fold(self.last_plain[1]).strip()
        return 2 <= len(text) <= 12 and not re.search(r"[\d。；;，,：:、()]", text)

    def _new_para(self, line: int, text: str) -> Node:
        parent = self.current
        parent.para_count += 1
        node = Node(label=f"¶{parent.para_count}", style="para", first_line=line)
        node.own_text = text
        node.touch(line, text)
        return parent.add_child(node)

    def add_line(self, line: int, text: str, marker: Marker | None) -> None:
        if text == COLUMN_BREAK or (marker is None and _ATTACHMENT_HEADING.match(fold(text))):
            # the right column of a page: its numbers start afresh; so do an attachment's
            # (附件 / 附件2：…分工表): the attachment is no path level, its items are not the
            # last section's
            self.stack.clear()
            self.holder, self.last_kind, self.last_plain = self.root, "start", None
            return
        if marker is None and self._goes_on_statement(line, text):
            return
        if marker is not None and marker.value == 1:
            self._close_group_before_restart(marker)
        self.last_stated = None
        if marker is not None and self._accept(marker):
            node = Node(label=marker.label, style=marker.style, value=marker.value, first_line=line)
            node.garbled = marker.garbled
            rest, stmts = find_statements(text[marker.end :], closing=True)
            scope = None if stmts else heading_statement(text[marker.end :])
            if scope is not None:  # the section's units, carried to the items under it
                stmts, node.statement_line = [scope], True
            node.own_text = rest.strip()
            node.statements.extend(stmts)
            if stmts:
                self.stated_items.add(id(node))
            node.statement_kind = statement_kind(text[marker.end :], rest, stmts)
            node.touch(line, text)
            self.current.add_child(node)
            self.stack.append(node)
            self.holder, self.last_kind = node, "item"
            self.last_stated = (node, text, marker.end, len(stmts))
            return
        if is_statement_line(text):
            _, stmts = find_statements(text)
            if not stmts:
                stmts = [parse_statement(text)]
            if all(_is_note(stmt) for stmt in stmts):
                # 以下各项工作均需…落实，不再一一列出: no task of its own, its units are each
                # later task's
                self.root.notes.extend((line, stmt) for stmt in stmts)
                return
            target = self.holder
            if self.last_kind == "item" and _closes_run(self.holder, text):
                target = self.holder.parent  # type: ignore[assignment]
            elif (
                self.last_kind == "item"
                and not target.statements
                and not target.children
                and _heading_only(target)
            ):
                target.statement_line = True
            if self.last_kind == "plain" and self.last_plain is not None:
                cur = self.current
                if (
                    cur.statements
                    or any(c.style == "para" for c in cur.children)
                    or not self.stack
                    or _heading_only(cur)
                ):
                    pline, ptext = self.last_plain
                    if self.holder.lines and self.holder.lines[-1] == ptext:
                        self.holder.lines.pop()
                    target = self._new_para(pline, ptext)
            target.statements.extend(stmts)
            target.touch(line, text)
            self.holder, self.last_kind = target, "statement"
            self.last_stated = (target, text, -1, len(stmts))
            if target.parent is not None and id(target.parent) in self.grouped:
                self._wrap_group(target)
            return
        # under an item, a paragraph may close with a sentence of units and verbs as an item does
        # (…。由甲局牵头，乙局配合。)
        rest, stmts = find_statements(text, closing=bool(self.stack))
        if stmts and self.last_kind == "item" and _wrapped_item(self.holder):
            # the rest of the item's line, broken inside its sentence (…打造“某某\n品牌”…。
            # (牵头科室:…)): its statement is the item's, not a paragraph's
            self.holder.own_text += rest.strip()
            self.holder.statements.extend(stmts)
            self.holder.touch(line, text)
            self.last_kind = "statement"
            return
        if stmts:
            node = self._new_para(line, text)
            node.own_text = rest.strip()
            node.statements.extend(stmts)
            self.holder, self.last_kind = node, "para"
            return
        self.holder.touch(line, text)
        self.last_kind, self.last_plain = "plain", (line, text)

    def _goes_on_statement(self, line: int, text: str) -> bool:
        """A line going on with the statement the line before left open: a bracket it opened
        and this line closes (…（牵头单位：甲局；/ 配合单位：乙局）), or a list broken after its
        separator (责任单位：甲局、乙局、/ 丙局、丁局). The two lines are read as one."""
        if self.last_stated is None:
            return False
        node, prev, start, count = self.last_stated
        if not _continues_statement(prev, text, start):
            return False
        joined = prev + text.strip()
        del node.statements[len(node.statements) - count :]
        if start >= 0:
            rest, stmts = find_statements(joined[start:], closing=True)
            node.own_text = rest.strip()
        else:
            _, stmts = find_statements(joined)
            stmts = stmts or [parse_statement(joined)]
        node.statements.extend(stmts)
        if node.lines and node.lines[-1] == prev:
            node.lines[-1] = joined
        node.touch(line)
        self.last_stated = (node, joined, start, len(stmts))
        return True

    def add_table(self, rows: list[list[Cell]], first_line: int) -> bool:
        """Add a table's rows as items under the current item; False when it has no header."""
        mapped = map_table(rows)
        if mapped is None:
            return False
        parent = self.current
        tstack: list[Node] = []  # numbered rows and section rows, nested by number style

        group_nodes: set[int] = set()  # sections opened by group cells
        row_nodes: set[int] = set()  # numbered rows

        def owner_for(style: str, row: bool = False) -> Node:
            if not row:  # a group or heading closes the rows under the group before it
                while tstack and id(tstack[-1]) in row_nodes:
                    tstack.pop()
            for k in range(len(tstack) - 1, -1, -1):
                if row and id(tstack[k]) in group_nodes:
                    del tstack[k + 1 :]  # a row's number nests under its group (1.… / 1)
                    break
                if tstack[k].style == style:
                    del tstack[k:]
                    break
            return tstack[-1] if tstack else parent

        last: Node | None = None
        first_rows: dict[int, TableRow] = {}
        groups: list[tuple[str, Node]] = []  # the open section of each group column
        for trow in mapped:
            line = first_line + trow.index
            for g, (text, spanned) in enumerate(trow.groups):
                if spanned or (g < len(groups) and groups[g][0] == text):
                    continue
                # a group cell of a bare Chinese numeral (一) is a section number too
                marker = match_marker(text) or _bare_cn_number(text)
                if marker is None:
                    continue
                del groups[g:]
                section = owner_for(marker.style).add_child(
                    Node(marker.label, marker.style, marker.value, first_line=line)
                )
                section.own_text = text[marker.end :]
                section.title = section.own_text.strip().rstrip("。.;；") or None
                section.touch(line, text)
                tstack.append(section)
                group_nodes.add(id(section))
                groups.append((text, section))
                last = None
            if trow.heading:
                marker = match_marker(trow.heading)
                at = self._open_level(marker, tstack)
                if marker is not None and at is not None:
                    # 二、… as a row under 一、… written before the table: the next section,
                    # the rows after it its own (a report's tasks grouped by leader)
                    del self.stack[at:]
                    section = self.current.add_child(
                        Node(marker.label, marker.style, marker.value, first_line=line)
                    )
                    section.own_text = trow.heading[marker.end :]
                    section.touch(line, trow.heading)
                    self.stack.append(section)
                    parent, last = section, None
                    tstack.clear()
                elif marker is not None:
                    section = owner_for(marker.style).add_child(
                        Node(marker.label, marker.style, marker.value, first_line=line)
                    )
                    section.own_text = trow.heading[marker.end :]
                    section.touch(line, trow.heading)
                    tstack.append(section)
                    last = None
                continue
            if trow.number is not None and trow.number_spanned and last is not None:
                if not last.children:  # the numbered row spans sub-rows: it becomes their group
                    first = first_rows[id(last)]
                    last.statements, last.own_text, last.lines = [], "", []
                    self._row_node(last, first, last.first_line, numbered=False, grouped=True)
                self._row_node(last, trow, line, numbered=False, grouped=True)
            elif trow.number is not None:
                node = self._row_node(
                    owner_for(trow.number.style, row=True), trow, line, numbered=True
                )
                first_rows[id(node)] = trow
                tstack.append(node)
                row_nodes.add(id(node))
                last = node
            else:
                self._row_node(tstack[-1] if tstack else parent, trow, line, numbered=False)
        self.holder, self.last_kind = parent, "table"
        return True

    def _open_level(self, marker: Marker | None, tstack: list[Node]) -> int | None:
        """Where in the open items a table's heading row of the same style as one of them, none
        of the table's own, would follow it (二、 after 一、); None when it would not."""
        if marker is None or any(n.style == marker.style for n in tstack):
            return None
        for idx in range(len(self.stack) - 1, -1, -1):
            node = self.stack[idx]
            if node.style == marker.style:
                return idx if 1 <= marker.value - node.value <= 3 else None
        return None

    def _row_node(
        self, parent: Node, trow: TableRow, line: int, numbered: bool, grouped: bool = False
    ) -> Node:
        marker = match_marker(trow.content) if trow.content else None
        if numbered and trow.number is not None:
            node = Node(trow.number.label, trow.number.style, trow.number.value, first_line=line)
            node.title = trow.title or None
            node.own_text = trow.content
        elif marker is not None and (
            marker.style == "ar_sub" or (grouped and _own_row_number(trow.content, marker))
        ):
            # 5-1.… under 5; or, under a number cell spanning rows, a row whose text opens with
            # its own number (12 over 31.… and 47.…, a report quoting a plan's items): the
            # spanning number groups them, each keeps its own (README, twenty-fourth batch)
            node = Node(marker.label, marker.style, marker.value, first_line=line)
            node.own_text = trow.content[marker.end :]
        else:
            parent.para_count += 1
            node = Node(f"¶{parent.para_count}", "para", first_line=line)
            keep = trow.title and not trow.title_spanned and not grouped
            node.title = trow.title if keep else None
            node.own_text = trow.content
        parent.add_child(node)
        rest, stmts = find_statements(node.own_text)
        node.own_text = rest
        node.statements.extend(stmts)
        for role, text in trow.statements:
            stmt = parse_unit_cell(text, role == "lead")
            stmt.co_operating = role == "support"
            node.statements.append(stmt)
        if trow.deadline:
            node.statements.append(Statement(deadline=trow.deadline, text=trow.deadline))
        node.touch(line, " ".join(x for x in (trow.title, trow.content) if x))
        if trow.sub_items and (node.style == "para" or numbered):
            # a row whose text is numbered lines: the lines are its items, and the row's cells
            # apply to each
            node.own_text = ""
            for marker, text in trow.sub_items:
                child = node.add_child(
                    Node(marker.label, marker.style, marker.value, first_line=line)
                )
                child.own_text = text
                child.touch(line, text)
        return node


def _own_row_number(text: str, marker: Marker) -> bool:
    """A row's text opening with a number of its own (``56.做好…``), an item's text after it."""
    return marker.style == "ar_dot" and bool(text[marker.end :].strip())


def _is_note(stmt: Statement) -> bool:
    """A statement only naming the units of every task after it (以下各项任务均需甲局落实)."""
    return bool(stmt.following) and not stmt.deadline and set(stmt.units) <= set(stmt.following)


_OPENERS, _CLOSERS = "([〔【", ")]〕】"


def _continues_statement(prev: str, text: str, start: int = -1) -> bool:
    """Whether a line goes on with the statement ending the line before (see
    ``TreeBuilder._goes_on_statement``); ``start``: where an item's text starts on the line
    before (-1 for a statement line), whose closing sentence of units and verbs may be broken
    after a separator too (…。由甲局牵头，乙局、/ 丙局配合。)."""
    p, k = fold(prev).rstrip(), fold(text).strip()
    if not k or match_marker(text) is not None:
        return False
    opened: list[int] = []  # where the brackets left open start
    for i, c in enumerate(p):
        if c in _OPENERS:
            opened.append(i)
        elif c in _CLOSERS and opened:
            opened.pop()
    if opened:
        depth = len(opened)
        for i, c in enumerate(k):  # where the line closes what the line before left open
            depth += (c in _OPENERS) - (c in _CLOSERS)
            if depth == 0:
                return is_statement_line(p[opened[0] :] + k[: i + 1])
        return False
    if p[-1:] not in "、,":
        return False
    if is_statement_line(p):
        return is_unit_list(k)
    if start < 0:
        return False
    rest, stmts = find_statements((prev + text.strip())[start:], closing=True)
    return any(stmt.units for stmt in stmts) and text.strip() not in rest


def _walk(node: Node):
    for child in node.children:
        yield child
        yield from _walk(child)


def apply_ranges(root: Node) -> None:
    """Apply range statements (“1-4项牵头落实单位：…”) to every item in the range."""
    for node in list(_walk(root)):
        for stmt in list(node.statements):
            if stmt.item_range is None:
                continue
            lo, hi = stmt.item_range
            parent = node.parent or root
            targets = [c for c in parent.children if c.style == node.style and lo <= c.value <= hi]
            if len(targets) < hi - lo + 1:
                targets = [n for n in _walk(root) if n.style == node.style and lo <= n.value <= hi]
            if node not in targets:
                continue
            node.statements.remove(stmt)
            for target in targets:
                target.range_statements.append(stmt)


def _has_statement(node: Node) -> bool:
    return bool(node.statements or node.range_statements)


def _subtree_has(node: Node) -> bool:
    return any(_has_statement(c) or _subtree_has(c) for c in node.children)


def _carries_to_items(node: Node) -> bool:
    """A section heading whose statement stands on a line of its own under it, over numbered
    items: the heading is no task, its statement is each item's."""
    return (
        node.statement_line
        and bool(node.statements)
        and any(c.style != "para" for c in node.children)
    )


def _with_section(section: list[Statement], stmts: list[Statement]) -> list[Statement]:
    """A section's statements before a task's own: its units first; its lead and time limit
    only where the task names none of its own."""
    if not section:
        return stmts
    has_lead = any(s.lead for s in stmts)
    has_deadline = any(s.deadline for s in stmts)
    carried = [
        replace(
            s,
            lead=[] if has_lead else s.lead,
            co_operating=s.co_operating or has_lead,
            deadline="" if has_deadline else s.deadline,
        )
        for s in section
    ]
    return carried + stmts


def _cut_off_heading(node: Node) -> bool:
    """A copy that ends on a heading, the items under it cut off (…二、改进服务,推动公开事项向
    基层延伸、向网上迁): the heading alone, no line and no statement of its own, after sections that
    hold items. No task: what it holds is not in the copy."""
    parent = node.parent
    return (
        parent is not None
        and parent.children[-1] is node
        and not node.children
        and len(node.lines) <= 1
        # (an item of one sentence, 3.加强组织领导。, is an item, however short)
        and not "".join(node.lines).rstrip().endswith(("。", ";", "；", "！", "？", ")", "）"))
        and not node.statements
        and not node.range_statements
        and len(parent.children) > 1
        and all(s.children for s in parent.children[:-1])
    )


def _cut_off_paragraph(node: Node) -> bool:
    """A copy that ends in the paragraph under a heading alone on its line, cut before its
    statement (…（四）编制标准目录 / 年底前编制完成…，积), where the heading before it holds one
    paragraph with a statement (``¶1``, NOTES §1): the cut paragraph would be the heading's
    ``¶1`` as its siblings' are, but what it holds is not in the copy, so there is no task (the
    gold ignores the copy's last item, written as the heading or as its ``¶1``)."""
    parent = node.parent
    if (
        parent is None
        or node.style == "para"
        or len(parent.children) < 2
        or parent.children[-1] is not node
        or node.children
        or node.statements
        or node.range_statements
        or len(node.lines) != 2
        or not _heading_only(node)
    ):
        return False
    text = node.lines[1].rstrip()
    if not text or text.endswith(("。", ";", "；", "！", "？", ")", "）")):
        return False
    before = parent.children[-2].children
    return len(before) == 1 and before[0].style == "para" and bool(before[0].statements)


def select_tasks(root: Node) -> list[tuple[Node, list[Statement]]]:
    """The tasks: the smallest items a statement applies to, with the statements that apply."""
    out: list[tuple[Node, list[Statement]]] = []

    def visit(node: Node, inherited: list[Statement], section: list[Statement]) -> None:
        own = node.range_statements + node.statements
        closing = closing_statement_items(node)
        if closing is not None:  # its sub-items are its parts, the last ones its statements
            own = own + [s for item in closing for s in item.statements]
            if node.title is None:
                node.title = parts_heading(node.own_text)
            out.append((node, _with_section(section, own)))
            return
        if not node.children:
            out.append((node, _with_section(section, own or inherited)))
            return
        if _subtree_has(node) and _carries_to_items(node):
            for child in node.children:
                visit(child, inherited, section + own)
        elif _subtree_has(node):
            if own:
                out.append((node, _with_section(section, own)))
            for child in node.children:
                visit(child, [] if own else inherited, section)
        else:
            for child in node.children:
                visit(child, own or inherited, section)

    for child in root.children:
        visit(child, [], [])
    if out and (_cut_off_heading(out[-1][0]) or _cut_off_paragraph(out[-1][0])):
        out.pop()
    for line, note in root.notes:  # the first task after a note holds it; it carries it on
        k = next((k for k, (node, _) in enumerate(out) if node.first_line > line), None)
        if k is not None:
            out[k] = (out[k][0], [note, *out[k][1]])
    return out
