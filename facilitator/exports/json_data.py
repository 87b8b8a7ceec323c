"""The workshop (or its actions) as JSON: the same content as `facilitator dump`, built from a
snapshot so that the privacy option can apply to it."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any

from facilitator.domain.actions import is_overdue
from facilitator.domain.snapshot import Action, WorkshopSnapshot


def _action(a: Action, today: date) -> dict[str, Any]:
    return {**asdict(a), "history": [list(h) for h in a.history],
            "overdue": is_overdue(a, today)}


def snapshot_data(snapshot: WorkshopSnapshot, today: date, what: str = "all") -> dict[str, Any]:
    head = {"title": snapshot.title, "created_at": snapshot.created_at,
            "template_id": snapshot.template.id}
    actions = [_action(a, today) for a in snapshot.actions]
    if what == "actions":
        return {"workshop": head, "actions": actions}
    meetings = []
    for m in snapshot.meetings:
        meetings.append({
            "number": m.number, "date": m.date, "time": m.time, "location": m.location,
            "current_item": m.current_item,
            "tables": {b: [{"key": r.key, "label": r.label, "participant": r.participant_id,
                            "cells": r.cells} for r in rows] for b, rows in m.tables.items()},
            "notes": m.notes,
            "ideas": {b: [asdict(i) for i in ideas] for b, ideas in m.ideas.items()},
            "grid": {b: [asdict(p) for p in cards] for b, cards in m.placements.items()},
            "themes": {b: [asdict(t) for t in themes] for b, themes in m.themes.items()},
            "timers": [asdict(t) for t in m.timers],
            "subgroups": [{"item": item, "participant": pid, "group": name}
                          for item, groups in sorted(m.subgroups.items())
                          for pid, name in sorted(groups.items())],
        })
    return {"workshop": head, "template": snapshot.template.to_dict(),
            "participants": [asdict(p) for p in snapshot.participants],
            "meetings": meetings, "actions": actions}


def snapshot_json(snapshot: WorkshopSnapshot, today: date, what: str = "all") -> str:
    return json.dumps(snapshot_data(snapshot, today, what), ensure_ascii=False, indent=2,
                      default=str)
