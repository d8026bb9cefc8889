"""Output: the plan as schema JSON or as a plain table for people."""

from __future__ import annotations

import json

from .model import ParsedPlan


def to_json(plan: ParsedPlan) -> str:
    """The README schema as UTF-8 JSON text (non-ASCII kept as written)."""
    return json.dumps(plan.to_dict(), ensure_ascii=False, indent=2)


def to_table(plan: ParsedPlan) -> str:
    """A readable listing: one task per line with its units and deadline."""
    out = [f"标题：{plan.title or '（未识别）'}", f"年度：{plan.year or '（未识别）'}", ""]
    out.append("编号\t标题\t牵头单位\t责任单位\t完成时限\t到期日\t周期")
    for t in plan.tasks:
        out.append(
            "\t".join(
                [
                    "/".join(t.path),
                    t.title or "—",
                    "、".join(t.lead) or "—",
                    "、".join(t.units) or "—",
                    t.deadline or "—",
                    t.due or "—",
                    t.recurrence or "—",
                ]
            )
        )
    out.append("")
    out.append(f"共 {len(plan.tasks)} 项任务。")
    for w in plan.warnings:
        out.append(f"提示：{w}")
    return "\n".join(out)
