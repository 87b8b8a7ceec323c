"""The screening queue of room mode: ideas sent from phones wait for the facilitator.

With screening on, a phone's idea is stored at once as `pending` (services.ideas.add_idea), so
a crash never loses it; it reaches the board, the projector, votes, handouts and exports only
once approved. Each operation is one transaction and returns what changed, so the laptop's undo
is another service call:

- approve (one, or every waiting idea of a board) <-> `return_to_queue`;
- decline deletes the idea (a `Removed`, holding it) <-> `ideas.restore_idea` puts it back,
  still waiting, under its old id. Deleted rather than hidden: a declined idea is often one the
  room must not see (off topic, unkind, naming a student), and a hidden row would still travel
  in every copy, dump and export of the file; undo covers a decline made by mistake.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, select, update

from facilitator.domain.snapshot import Idea
from facilitator.domain.template import IdeasBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed, ChangeKind, Removed
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.ideas import ideas_of, to_idea
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import idea_table


class NotWaiting(ServiceError):
    """The idea is no longer in the queue (approved or declined since)."""


def pending_ideas(ws: Workshop, block_id: str, *, meeting: int | None = None) -> list[Idea]:
    """The ideas of a board waiting for approval, in the order they arrived."""
    block_of(ws, block_id, IdeasBlock)
    with ws.reading() as db:
        found = ideas_of(db, block_id, ws.meeting_id(meeting, db), pending=True)
    return sorted(found, key=lambda i: i.id)


def waiting_count(ws: Workshop, block_id: str, *, meeting: int | None = None) -> int:
    with ws.reading() as db:
        return int(db.scalar(select(func.count()).select_from(idea_table).where(
            idea_table.c.meeting_id == ws.meeting_id(meeting, db),
            idea_table.c.block_id == block_id, idea_table.c.pending.is_(True))) or 0)


def approve_ideas(ws: Workshop, block_id: str, idea_ids: Iterable[int]) -> Changed:
    """Put waiting ideas of `block_id` on the board; `ids` holds the ones this approved
    (what undo returns to the queue). Refused when none of them is waiting any more."""
    wanted = [int(i) for i in idea_ids]
    block_of(ws, block_id, IdeasBlock)
    with ws.transaction() as db:
        waiting = list(db.scalars(select(idea_table.c.id).where(
            idea_table.c.id.in_(wanted), idea_table.c.block_id == block_id,
            idea_table.c.pending.is_(True))))
        if not waiting:
            raise NotWaiting("This idea is no longer waiting for approval." if len(wanted) == 1
                             else "None of these ideas is waiting for approval any more.")
        db.execute(update(idea_table).where(idea_table.c.id.in_(waiting)).values(pending=False))
    return Changed(ChangeKind.IDEAS, block_id, tuple(sorted(waiting)))


def approve_all(ws: Workshop, block_id: str, *, meeting: int | None = None) -> Changed:
    """Every idea of the board waiting for approval, in one transaction."""
    block_of(ws, block_id, IdeasBlock)
    with ws.transaction() as db:
        waiting = list(db.scalars(select(idea_table.c.id).where(
            idea_table.c.meeting_id == ws.meeting_id(meeting, db),
            idea_table.c.block_id == block_id, idea_table.c.pending.is_(True))))
        if not waiting:
            raise NotWaiting("No idea is waiting for approval.")
        db.execute(update(idea_table).where(idea_table.c.id.in_(waiting)).values(pending=False))
    return Changed(ChangeKind.IDEAS, block_id, tuple(sorted(waiting)))


def return_to_queue(ws: Workshop, block_id: str, idea_ids: Iterable[int]) -> Changed:
    """Undo of an approval: the ideas wait again. Refused for an idea the room has used since
    (dots on it, or marked to explore on a grid): taking it away would take their work too."""
    wanted = [int(i) for i in idea_ids]
    with ws.transaction() as db:
        rows = db.execute(select(idea_table).where(idea_table.c.id.in_(wanted))).all()
        if len(rows) != len(set(wanted)):
            raise NotFoundError("an approved idea has been deleted since")
        for row in rows:
            if row.block_id != block_id:
                raise NotFoundError("that idea is not on this board")
            if row.votes or row.explore:
                raise ServiceError(f"“{_short(row.text)}” has dots or is marked to explore "
                                   "now: it stays on the board.")
        db.execute(update(idea_table).where(idea_table.c.id.in_(wanted)).values(pending=True))
    return Changed(ChangeKind.IDEAS, block_id, tuple(sorted(wanted)))


def decline_idea(ws: Workshop, idea_id: int) -> Removed[Idea]:
    """Delete a waiting idea; the result holds it, so undo (`ideas.restore_idea`) brings it back
    to the queue under its old id."""
    with ws.transaction() as db:
        row = db.execute(select(idea_table).where(idea_table.c.id == idea_id)).first()
        if row is None:
            raise NotWaiting("This idea is no longer waiting for approval.")
        if not row.pending:
            raise NotWaiting("This idea is already on the board: delete it there.")
        db.execute(delete(idea_table).where(idea_table.c.id == idea_id))
    return Removed(ChangeKind.IDEAS, row.block_id, (idea_id,), item=to_idea(row),
                   meeting_id=row.meeting_id)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
