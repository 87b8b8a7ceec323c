"""`dump` and `load`: the whole workshop as versioned JSON (see docs/file-format.md).

dump -> load -> dump gives the same content, ids included, so a dump moves a workshop between
versions of the app without loss.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.exc import IntegrityError

from facilitator import __version__
from facilitator.domain.cells import check_cell
from facilitator.domain.snapshot import action_data, meeting_data
from facilitator.domain.template import TableBlock
from facilitator.domain.template_parse import TemplateError, parse_template
from facilitator.services.check import ContentProblem, check_content, one_line
from facilitator.services.dump_check import DumpProblem, check_dump
from facilitator.services.errors import ServiceError
from facilitator.services.snapshot import read_snapshot
from facilitator.services.workshop import Workshop, new_workshop_file
from facilitator.storage.schema import (
    action_status_table,
    action_table,
    block_note_table,
    block_setting_table,
    cell_table,
    idea_table,
    meeting_table,
    participant_table,
    placement_table,
    row_table,
    subgroup_table,
    theme_table,
    timer_table,
    workshop_table,
)

DUMP_FORMAT = "facilitator-workshop"
DUMP_VERSION = 1


def dump(ws: Workshop) -> dict[str, Any]:
    snap = read_snapshot(ws, with_pending=True)  # a dump keeps every idea, waiting or not
    return {
        "format": DUMP_FORMAT, "version": DUMP_VERSION, "app_version": __version__,
        "workshop": {"title": snap.title, "created_at": snap.created_at,
                     "template_id": snap.template.id, "language": ws.language},
        "template": snap.template.to_dict(),
        "participants": [asdict(p) for p in snap.participants],
        "meetings": [meeting_data(m) for m in snap.meetings],
        "actions": [action_data(a) for a in snap.actions],
    }


def dump_json(ws: Workshop) -> str:
    return json.dumps(dump(ws), ensure_ascii=False, indent=2)


def load(data: Any, path: Path) -> Workshop:
    """Create a workshop file at `path` from a dump; raises ServiceError on a bad dump.

    The whole dump is checked first (dump_check), so nothing is written for a bad one; the
    file is then built aside and moved into place only once complete and verified."""
    if not isinstance(data, dict) or data.get("format") != DUMP_FORMAT:
        raise ServiceError("this is not a Facilitator workshop dump")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ServiceError(f"version: must be a whole number, not {str(version)[:20]!r}")
    if version > DUMP_VERSION:
        raise ServiceError(f"dump version {version} is newer than this app reads "
                           f"({DUMP_VERSION}); please update Facilitator")
    if "template" not in data:
        raise ServiceError("the dump has no template")
    try:
        template = parse_template(data["template"], "dump (template)")
    except TemplateError as exc:
        raise ServiceError(f"the dump's template is invalid: {exc}") from None
    except RecursionError:
        raise ServiceError("template: is nested too deeply") from None
    try:
        check_dump(data, template)
    except DumpProblem as exc:
        raise ServiceError(f"the dump is not valid: {exc}") from None
    except RecursionError:
        raise ServiceError("the dump is not valid: it is nested too deeply") from None

    def populate(db: Connection) -> None:
        try:
            _populate(db, data, template)
            check_content(db, template)  # the same verification as every open
        except ContentProblem as exc:
            raise ServiceError(f"the dump is not valid: {exc}") from None
        except (KeyError, TypeError, ValueError, IntegrityError) as exc:
            raise ServiceError("the dump is not valid: "
                               + one_line(str(getattr(exc, "orig", None) or exc), 200)) from None

    return new_workshop_file(path, populate)


def _insert_many(db: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    # Never with an empty list: that would insert one row of defaults.
    if rows:
        db.execute(insert(table), rows)


def _populate(db: Connection, data: dict[str, Any], template: Any) -> None:
    head = data["workshop"]
    db.execute(insert(workshop_table).values(
        id=1, title=head["title"], template_id=template.id, template=template.to_dict(),
        created_at=head["created_at"], app_version=__version__,
        language=head.get("language") or "en"))   # dumps before version 3 have none: English
    _insert_many(db, participant_table, [
        {"id": p["id"], "name": p["name"], "role": p["role"], "organisation": p["organisation"],
         "position": position}
        for position, p in enumerate(data["participants"])])
    meeting_ids: dict[int, int] = {}
    for m in data["meetings"]:
        meeting_id = db.execute(insert(meeting_table).values(
            number=m["number"], date=m["date"], time=m["time"], location=m["location"],
            current_item=m["current_item"])).inserted_primary_key[0]
        meeting_ids[m["number"]] = meeting_id
        _populate_meeting(db, m, meeting_id, template)
    actions = data["actions"]
    _insert_many(db, action_table, [
        {"id": a["id"], "block_id": a["block_id"],
         "meeting_id": meeting_ids.get(a["meeting_number"]) if a["meeting_number"] else None,
         "created": a["created"], "text": a["text"], "owner": a["owner"],
         "owner_id": a["owner_id"], "deadline": a["deadline"], "status": a["status"],
         "category": a["category"], "notes": a["notes"], "source": a["source"],
         "position": a["position"]}
        for a in actions])
    _insert_many(db, action_status_table, [
        {"action_id": a["id"], "meeting_id": meeting_ids[number], "status": status}
        for a in actions for number, status in a["history"]])


def _fixed_cells(block: TableBlock, row_key: str) -> set[str]:
    """Columns of a fixed row that print the template's own text (read-only in the app)."""
    if not block.fixed:
        return set()
    return {column for row in block.rows if row.id == row_key for column in row.values}


def _populate_meeting(db: Connection, m: dict[str, Any], meeting_id: int, template: Any) -> None:
    cells: list[dict[str, Any]] = []
    for block_id, rows in m["tables"].items():
        block = template.block(block_id)
        if not isinstance(block, TableBlock):
            raise ValueError(f"'{block_id}' is not a table")
        for position, r in enumerate(rows):
            if block.fixed and not r["cells"]:
                continue  # an untouched fixed row has nothing stored
            row_id = db.execute(insert(row_table).values(
                meeting_id=meeting_id, block_id=block_id, participant_id=r["participant"],
                row_key=r["key"],
                position=position if block.open_rows
                else [x.id for x in block.rows].index(r["key"]))).inserted_primary_key[0]
            fixed = _fixed_cells(block, r["key"])
            for column_id, value in r["cells"].items():
                if column_id in fixed:
                    raise ValueError(f"'{block_id}' row '{r['key']}' column '{column_id}' is "
                                     "the template's fixed text and cannot hold a value")
                check_cell(block.column(column_id), value)
                cells.append({"row_id": row_id, "column_id": column_id,
                              "value": json.dumps(value, ensure_ascii=False)})
    _insert_many(db, cell_table, cells)
    _insert_many(db, block_note_table, [
        {"meeting_id": meeting_id, "block_id": block_id, "text": text}
        for block_id, text in m["notes"].items() if text])
    _insert_many(db, idea_table, [
        {"id": i["id"], "meeting_id": meeting_id, "block_id": block_id,
         "category": i["category"], "lane": i["lane"], "text": i["text"],
         "author_id": i["author_id"], "votes": i["votes"], "explore": i["explore"],
         "position": i["position"], "pending": i.get("pending", False)}
        for block_id, ideas in m["ideas"].items() for i in ideas])
    _insert_many(db, placement_table, [
        {"meeting_id": meeting_id, "block_id": block_id, "card": c["card"],
         "label": c["label"], "category": c["category"], "x": c["x"], "y": c["y"]}
        for block_id, cards in m["grid"].items() for c in cards])
    _insert_many(db, theme_table, [
        {"id": t["id"], "meeting_id": meeting_id, "block_id": block_id,
         "headline": t["headline"], "body": t["body"], "position": t["position"]}
        for block_id, themes in m["themes"].items() for t in themes])
    _insert_many(db, timer_table, [
        {"meeting_id": meeting_id, "item": t["item"], "elapsed_s": t["elapsed_s"],
         "running": t["running"], "done": t["done"],
         "minutes": None if t["minutes"] == template.agenda[t["item"]].minutes
         else t["minutes"]}
        for t in m["timers"]])
    _insert_many(db, block_setting_table, [
        {"meeting_id": meeting_id, "block_id": block_id, "key": key,
         "value": json.dumps(value, ensure_ascii=False)}
        for block_id, values in m.get("settings", {}).items() for key, value in values.items()])
    _insert_many(db, subgroup_table, [
        {"meeting_id": meeting_id, "item": g["item"], "participant_id": g["participant"],
         "name": g["group"]}
        for g in m["subgroups"]])
