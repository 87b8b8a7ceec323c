"""The workshop (or its actions) as JSON: `--what all` is the same content as `facilitator dump`
(plus "overdue" per action, which `load` ignores), so `facilitator load` reads it back; built
from a snapshot so that the privacy option can apply to it."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any

from facilitator import __version__
from facilitator.domain.actions import is_overdue
from facilitator.domain.snapshot import Action, WorkshopSnapshot, action_data, meeting_data


def _action(a: Action, today: date) -> dict[str, Any]:
    return {**action_data(a), "overdue": is_overdue(a, today)}


# The head of a `facilitator dump` (services.dump), so that `facilitator load` reads an export
# of the whole session; a test checks that the two stay the same.
DUMP_FORMAT = "facilitator-workshop"
DUMP_VERSION = 1


def snapshot_data(snapshot: WorkshopSnapshot, today: date, what: str = "all") -> dict[str, Any]:
    head = {"title": snapshot.title, "created_at": snapshot.created_at,
            "template_id": snapshot.template.id}
    actions = [_action(a, today) for a in snapshot.actions]
    if what == "actions":
        return {"workshop": head, "actions": actions}
    return {"format": DUMP_FORMAT, "version": DUMP_VERSION, "app_version": __version__,
            "workshop": head, "template": snapshot.template.to_dict(),
            "participants": [asdict(p) for p in snapshot.participants],
            "meetings": [meeting_data(m) for m in snapshot.meetings], "actions": actions}


def snapshot_json(snapshot: WorkshopSnapshot, today: date, what: str = "all") -> str:
    return json.dumps(snapshot_data(snapshot, today, what), ensure_ascii=False, indent=2,
                      default=str)
