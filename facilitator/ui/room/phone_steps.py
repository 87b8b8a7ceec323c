"""A phone's contribution as an undo step on the laptop: an idea, a dot or a rating.

The submission was applied and committed by the room (room.session.Room.submit, the same
services as the laptop's own edits); pushing the step only shows it: its first redo hands the
committed change to the views (or, `quiet`, leaves that to the writer, which tells them at a
pace they can follow). Undo takes it back through a service (the card removed, the dot
taken back, the rating as it was before), redo puts it back; the phone's own marks follow, so
its page shows the dots it has left. The phone's receipt stays: its retry is never applied again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from facilitator.domain.snapshot import Idea
from facilitator.room.session import Room
from facilitator.services import ideas, ratings, room_votes
from facilitator.services.changes import Changed, Removed
from facilitator.services.errors import ServiceError
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.kit.service_command import Result, ServiceCommand

translate = QCoreApplication.translate


def _text(kind: str) -> str:
    if kind == "idea":
        return translate("Room", "Idea from a phone")
    if kind == "dot":
        return translate("Room", "Dot from a phone")
    if kind == "undot":
        return translate("Room", "Dot taken back on a phone")
    return translate("Room", "Rating from a phone")


class PhoneStep(ServiceCommand):
    def __init__(self, hub: ChangeHub, room: Room, body: dict[str, Any], change: Changed,
                 meeting: int, before: tuple[int, int] | None = None) -> None:
        super().__init__(_text(str(body["kind"])), hub)
        self.room, self.body, self.change, self.meeting = room, body, change, meeting
        self.kind = str(body["kind"])
        self.phone = str(body["phone"])
        self.before = before            # a rating: this phone's earlier rating of the card
        self.quiet = False               # pushed by the room's writer, which tells the views
        self._pushed = False
        self._removed: Idea | None = None

    def _do(self) -> Result:
        if not self._pushed:     # already applied and committed by the room
            self._pushed = True
            return None if self.quiet else self.change
        if self.kind == "idea":
            assert self._removed is not None
            changed = ideas.restore_idea(self.room.ws, self.change.block_id, self._removed,
                                         self.meeting)
            self._phone_changed()
            return changed
        if self.kind in ("dot", "undot"):
            return self._dot(1 if self.kind == "dot" else -1)
        return self._rate(self._new_pair())

    def _undo(self) -> Result:
        if self.kind == "idea":
            self._check_unused(int(self.change.ids[0]))
            removed: Removed[Idea] = ideas.remove_idea(self.room.ws, int(self.change.ids[0]))
            self._removed = removed.item
            self._phone_changed()
            return removed
        if self.kind in ("dot", "undot"):
            return self._dot(-1 if self.kind == "dot" else 1)
        return self._rate(self.before)

    # ---------------------------------------------------------------------------------------
    def _check_unused(self, idea_id: int) -> None:
        """Undo takes back the phone's card, not what the room did with it since. The steps
        above it (an approval, dots, a mark to explore) are undone first, but one that failed
        was dropped from the stack; then the card has dots or a mark, and it stays (as the
        return of an approved idea to the queue refuses)."""
        found = next((i for i in ideas.read_ideas(self.room.ws, self.change.block_id,
                                                  meeting=self.meeting, pending=None)
                      if i.id == idea_id), None)
        if found is not None and (found.votes or found.explore):
            raise ServiceError(translate(
                "Room", "“{text}” has dots or is marked to explore now: it stays on the "
                        "board.").format(text=found.text[:40]))

    def _dot(self, step: int) -> Changed:
        idea = int(self.body["idea"])
        changed = room_votes.give_dot(self.room.ws, idea, self.phone, step)
        phone = self.room.phones.get(self.phone)
        if phone is not None:    # the phone's page shows the dots it has left
            phone.dots[idea] = phone.dots.get(idea, 0) + step
            if phone.dots[idea] <= 0:
                del phone.dots[idea]
        self._phone_changed()
        return changed

    def _new_pair(self) -> tuple[int, int]:
        return int(self.body["impact"]), int(self.body["ease"])

    def _rate(self, pair: tuple[int, int] | None) -> Changed:
        card = str(self.body["card"])
        changed = ratings.put_rating(self.room.ws, self.change.block_id, card, self.phone, pair,
                                     meeting=self.meeting)
        phone = self.room.phones.get(self.phone)
        if phone is not None:
            if pair is None:
                phone.ratings.pop(card, None)
            else:
                phone.ratings[card] = list(pair)
        self._phone_changed()
        return changed

    def _phone_changed(self) -> None:
        self.room.changed_elsewhere()
