"""One room session: its code, the activities the facilitator opened, the phones that joined,
and what each submission becomes (one service call, the same the facilitator's window makes).

No network and no threads here: the server validates the request's shape and hands the
submission to `Room.submit` in the one writer (the thread that holds the workshop). A phone
retries a submission until it is acknowledged, always under the same client id; the receipt
kept per (phone, id) answers the retry with the first answer, so nothing is applied twice.
Receipts live as long as the session: a new session has a new code, and phones join it anew.
"""

from __future__ import annotations

import json
import re
import secrets
import time
import unicodedata
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from facilitator.domain.template import GridBlock, IdeasBlock, TableBlock
from facilitator.room.limits import DEFAULT, Limits
from facilitator.room.sheet import check_sheet, sheet_cells, sheet_state
from facilitator.services.blocks import block_of
from facilitator.services.cards import read_board
from facilitator.services.changes import Changed
from facilitator.services.errors import (
    NotFoundError,
    NotSaved,
    ReadOnlyWorkshop,
    ServiceError,
    Unreadable,
)
from facilitator.services.ideas import add_idea, read_ideas
from facilitator.services.people import read_participants
from facilitator.services.ratings import rate_card
from facilitator.services.room_votes import NoDotsLeft, give_dot
from facilitator.services.tables import set_cells
from facilitator.services.votes import votes_per_person
from facilitator.services.workshop import Workshop

PHONE_ID = re.compile(r"[0-9a-f]{32}")
SUBMISSION_ID = re.compile(r"[0-9A-Za-z_-]{8,64}")
KINDS = ("idea", "dot", "undot", "rate", "sheet")
ROW_IDS = 2 ** 63          # SQLite's integers: a card id past them is no card
CARD_REF_CHARS = 200       # "idea:12", "row:BLOCK:ROW-KEY": a grid card's ref, with room
STATE_EVERY = 0.5  # seconds: how stale the room's part of a phone's state may be


class Refused(Exception):
    """A request the room turns down: HTTP status and a short reason for the phone."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class Activities:
    """What phones may do now (block ids; '' is off), whether ideas carry a name, and whether
    ideas wait for the facilitator's approval before they reach the board (screened: the
    normal case in the app, which shows the queue; see services.screening).

    Dots and ratings never name anyone (they are kept under the phone's random id for the
    session); a per-participant `sheet` (a table block) is named by nature: each phone picks
    whose copy it fills from the meeting's list, whatever `named` says."""

    ideas: str = ""
    dots: str = ""
    ratings: str = ""
    named: bool = False
    screened: bool = True
    sheet: str = ""


@dataclass
class Phone:
    joined: float
    recent: deque[float] = field(default_factory=deque)   # monotonic times of new submissions
    receipts: dict[str, dict[str, Any]] = field(default_factory=dict)
    contributed: set[str] = field(default_factory=set)     # kinds this phone has sent
    # What this phone gave that the file holds (its id is new each session, so this is all of
    # it): its own marks come from here, always current, never from a re-read of the room.
    dots: dict[int, int] = field(default_factory=dict)
    ratings: dict[str, list[int]] = field(default_factory=dict)
    ideas: list[int] = field(default_factory=list)   # ideas it sent (to show those waiting)
    sheets: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)  # person: cells


def new_code() -> str:
    """The per-session code in the address: 16 URL-safe characters (96 random bits)."""
    return secrets.token_urlsafe(12)


def clean_text(value: Any, limit: int) -> str:
    """An idea's text as data: trimmed, control characters refused, within the length limit."""
    if not isinstance(value, str):
        raise Refused(400, "text must be a string")
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        raise Refused(400, "text is empty")
    if len(text) > limit:
        raise Refused(413, f"text is longer than {limit} characters")
    if any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\t" for ch in text):
        raise Refused(400, "text holds control characters")
    return text


class Room:
    def __init__(self, ws: Workshop, activities: Activities, *, code: str | None = None,
                 limits: Limits = DEFAULT, clock: Callable[[], float] = time.monotonic) -> None:
        self.ws = ws
        self.code = code or new_code()
        self.limits = limits
        self.phones: dict[str, Phone] = {}
        self._clock = clock
        self.activities = activities
        self.check_activities(activities)
        self.listeners: list[Callable[[], None]] = []   # told after every change (server push)
        # Told, after a commit, each idea a phone added (as services.ideas returned it), so
        # the app can put it on its hub like any edit: the laptop's screening queue and board
        # follow the room live. Called in the writer: hand over to the UI thread if it differs.
        self.idea_listeners: list[Callable[[Changed], None]] = []
        self._unsaved_ideas: list[Changed] = []
        # Accepted since the last commit: (phone, submission id, time, kind); see settle().
        self._unsaved: list[tuple[str, str, float, str, dict[str, Any]]] = []
        self.sheet_owners: dict[int, str] = {}   # participant -> the phone filling their copy
        self._meeting: int | None = None   # the meeting phones act on (see _follow_meeting)
        self._version = 0      # counts changes (commits, activities, phones joining)
        self._told = 0         # the version phones were last told of (see told())
        # What the last applied submission changed (the service's own Changed): the window's
        # writer hands it to its views and keeps it for undo.
        self.last_change: Changed | None = None
        # The room's part of every phone's state: version, when read, what, and its JSON.
        self._shared: tuple[int, float, dict[str, Any], bytes] | None = None

    # The facilitator's controls ---------------------------------------------------------------
    def check_activities(self, activities: Activities) -> None:
        if activities.ideas:
            block_of(self.ws, activities.ideas, IdeasBlock)
        if activities.dots:
            block_of(self.ws, activities.dots, IdeasBlock)
        if activities.ratings:
            block_of(self.ws, activities.ratings, GridBlock)
        if activities.sheet:
            check_sheet(block_of(self.ws, activities.sheet, TableBlock))

    def open_activities(self, activities: Activities) -> None:
        self.check_activities(activities)
        self.activities = activities
        self._shared = None  # no phone sees the old activities again
        self._changed()

    def counts(self) -> dict[str, int]:
        """How many phones joined, and how many have sent each kind of contribution."""
        out = {"joined": len(self.phones)}
        for kind in ("idea", "dot", "rate", "sheet"):
            out[kind] = sum(1 for p in self.phones.values() if kind in p.contributed)
        return out

    # Phones -----------------------------------------------------------------------------------
    def phone(self, phone_id: Any) -> Phone:
        """The phone with this id, joining it if it is new (refused when the room is full)."""
        if not isinstance(phone_id, str) or not PHONE_ID.fullmatch(phone_id):
            raise Refused(400, "missing or malformed phone id")
        phone = self.phones.get(phone_id)
        if phone is None:
            if len(self.phones) >= self.limits.phones:
                raise Refused(503, "the room is full")
            phone = self.phones[phone_id] = Phone(self._clock())
            self._changed()
        return phone

    def state(self, phone_id: Any) -> bytes:
        """What the phone's page shows: the open activities with their cards and its own marks.
        In the writer; `cached_state` answers without the file when it can."""
        self.phone(phone_id)
        self._follow_meeting()
        if not self._fresh():
            shared = self._read_shared()
            public = {k: v for k, v in shared.items() if not k.startswith("_")}
            # Which reading this is: a page that has shown a later one ignores an earlier
            # one arriving late (two reads in flight answer in either order).
            public["v"] = self._version
            prefix = json.dumps(public, ensure_ascii=False).encode()[:-1]   # without its "}"
            self._shared = (self._version, self._clock(), shared, prefix)
        return self._assemble(str(phone_id))

    def cached_state(self, phone_id: Any) -> bytes | None:
        """The state from the last reading of the room, when it is fresh enough for this phone
        (None: ask the writer). Every phone reads after each "changed", so the room's part is
        read from the file at most every STATE_EVERY seconds; a phone's own marks are always
        current (Phone.dots, Phone.ratings)."""
        phone = self.phones.get(phone_id) if isinstance(phone_id, str) else None
        if phone is None or not self._fresh():
            return None
        return self._assemble(phone_id)

    def told(self) -> None:
        """Phones are about to hear "changed" (the server's push): whatever they read next
        holds every change made so far, even within STATE_EVERY of the last reading. Without
        this a change made between a reading and the push it rode on was never shown: the
        phones read the older reading again, and no later push came."""
        self._told = self._version

    def _follow_meeting(self) -> int:
        """The meeting phones act on: the latest, the one the window shows (Meeting > New
        meeting puts it on screen). When it changes, each phone's marks (dots, ratings, ideas
        waiting, answers) belonged to the meeting before: they start afresh, as the new
        meeting's board does. In the writer."""
        meeting = self.ws.meeting_id()
        if meeting != self._meeting:
            if self._meeting is not None:
                for phone in self.phones.values():
                    phone.dots.clear()
                    phone.ratings.clear()
                    phone.ideas.clear()
                    phone.sheets.clear()
                self.sheet_owners.clear()
                self._shared = None
            self._meeting = meeting
        return meeting

    def _fresh(self) -> bool:
        shared = self._shared
        if shared is None:
            return False
        return shared[0] == self._version or (
            shared[0] >= self._told and self._clock() - shared[1] < STATE_EVERY)

    def _assemble(self, phone_id: str) -> bytes:
        """The room's part as JSON made once per reading, then this phone's own marks: forty
        phones reading a board of 400 cards must not each serialise it again."""
        assert self._shared is not None
        _version, _when, shared, prefix = self._shared
        phone = self.phones[phone_id]
        limit = shared["dots"]["limit"] if shared["dots"] else 0
        on_board = shared.get("_cards", set())   # a dot on a card deleted since is free again
        waiting = shared.get("_waiting", {})
        used = sum(n for i, n in phone.dots.items() if i in on_board)
        mine = {"dots": {str(i): n for i, n in phone.dots.items()},
                "left": max(0, limit - used), "ratings": phone.ratings,
                "waiting": [{"id": i, "text": waiting[i]} for i in phone.ideas if i in waiting],
                "sheets": phone.sheets}
        return prefix + b', "mine": ' + json.dumps(mine).encode() + b"}"

    def _read_shared(self) -> dict[str, Any]:
        a = self.activities
        # Words in the workshop's language (ids, keys and what is sent back stay the same).
        shown, term = self.ws.shown, self.ws.term
        out: dict[str, Any] = {"title": self.ws.shown_title, "named": a.named,
                               "ideas": None, "dots": None, "ratings": None, "sheet": None}
        if a.named or a.sheet:
            out["people"] = [{"id": p.id, "name": p.name} for p in read_participants(self.ws)]
        if a.ideas:
            block = shown.block(block_of(self.ws, a.ideas, IdeasBlock).id)  # type: ignore[assignment]
            out["ideas"] = {"block": block.id, "title": block.title,
                            "categories": [{"id": c.id, "label": c.label}
                                           for c in block.categories],
                            "lanes": [{"id": c.id, "label": c.label} for c in block.lanes],
                            "screened": a.screened}
            # Ideas waiting for approval: each phone sees only its own (mine.waiting).
            out["_waiting"] = {i.id: i.text
                               for i in read_ideas(self.ws, block.id, pending=True)}
        if a.dots:
            block = block_of(self.ws, a.dots, IdeasBlock)
            limit = votes_per_person(self.ws, block.id)
            cards = read_ideas(self.ws, block.id)
            out["dots"] = {"block": block.id, "title": shown.block(block.id).title, "limit": limit,
                           "cards": [{"id": i.id, "text": i.text}
                                     for i in cards if i.text.strip()]}
            out["_cards"] = {i.id for i in cards}
        if a.ratings:
            block = block_of(self.ws, a.ratings, GridBlock)
            out["ratings"] = {"block": block.id, "title": shown.block(block.id).title, "cards": [
                {"ref": c.ref, "label": term(c.label)} for c in read_board(self.ws, block.id)]}
        if a.sheet:
            out["sheet"] = sheet_state(block_of(self.ws, a.sheet, TableBlock))
        return out

    def changed_elsewhere(self) -> None:
        """The laptop changed the workshop (an edit, an undo): phones read it again."""
        self._changed()

    # Submissions ------------------------------------------------------------------------------
    def submit(self, body: Any) -> dict[str, Any]:
        """Apply one submission (in the writer, inside Workshop.batch, then `settle`); the
        same id again returns the first answer."""
        if not isinstance(body, dict):
            raise Refused(400, "a submission is a JSON object")
        phone_id = body.get("phone")
        phone = self.phone(phone_id)
        sid = body.get("id")
        if not isinstance(sid, str) or not SUBMISSION_ID.fullmatch(sid):
            raise Refused(400, "missing or malformed submission id")
        if sid in phone.receipts:
            return {**phone.receipts[sid], "again": True}
        kind = body.get("kind")
        if kind not in KINDS:
            raise Refused(400, "unknown kind of submission")
        now = self._clock()
        while phone.recent and now - phone.recent[0] >= 60.0:
            phone.recent.popleft()
        if len(phone.recent) >= self.limits.per_minute:
            raise Refused(429, "too many submissions: wait a moment")
        self._check_open(kind, body.get("block"))
        self._follow_meeting()
        author = self._author(body, named=self.activities.named or kind == "sheet")
        try:
            result = self._apply(str(phone_id), kind, body, author)
        except (NotSaved, ReadOnlyWorkshop, Unreadable) as exc:
            raise Refused(503, str(exc)) from None   # not taken: the phone tries again later
        except (NoDotsLeft, NotFoundError) as exc:
            raise Refused(409, str(exc)) from None
        except ServiceError as exc:
            raise Refused(400, str(exc)) from None
        phone.recent.append(now)
        answer = {"ok": True, "id": sid, **result}
        if len(phone.receipts) >= self.limits.receipts_per_phone:
            phone.receipts.pop(next(iter(phone.receipts)))
        phone.receipts[sid] = answer   # a retry in the same commit gets this answer too
        self._unsaved.append((str(phone_id), sid, now, "dot" if kind == "undot" else kind, body))
        return answer

    def settle(self, *, saved: bool) -> None:
        """After a commit: keep what it held, or (the file did not take it) forget the
        receipts, so that each phone's retry is applied afresh."""
        unsaved, self._unsaved = self._unsaved, []
        ideas, self._unsaved_ideas = self._unsaved_ideas, []
        for phone_id, sid, at, kind, body in unsaved:
            phone = self.phones.get(phone_id)
            if phone is None:
                continue
            if saved:
                phone.contributed.add(kind)
                if kind == "idea":
                    idea = phone.receipts.get(sid, {}).get("idea")
                    if isinstance(idea, int):
                        phone.ideas.append(idea)
                        del phone.ideas[:-self.limits.receipts_per_phone]   # bounded
                elif kind == "dot":
                    idea = body["idea"]
                    phone.dots[idea] = phone.dots.get(idea, 0) + (1 if body["kind"] == "dot"
                                                                  else -1)
                    if not phone.dots[idea]:
                        del phone.dots[idea]
                elif kind == "rate":
                    phone.ratings[body["card"]] = [body["impact"], body["ease"]]
                elif kind == "sheet":
                    mine = phone.sheets.setdefault(str(body["person"]), {})
                    for row, cells in body["cells"].items():
                        mine.setdefault(row, {}).update(cells)
            else:
                phone.receipts.pop(sid, None)
                if at in phone.recent:
                    phone.recent.remove(at)
        if saved and unsaved:
            self._changed()
            for changed in ideas:
                for listener in list(self.idea_listeners):
                    listener(changed)

    def _check_open(self, kind: str, block: Any = None) -> None:
        """The activity is open, and (when the page says which) on the board the phone showed:
        What phones may do… can switch boards while a phone's submission is on its way, and an
        idea written for one brainstorm must not land in another that has the same categories."""
        a = self.activities
        if kind == "idea" and not a.ideas:
            raise Refused(403, "adding ideas is closed")
        if kind in ("dot", "undot") and not a.dots:
            raise Refused(403, "voting is closed")
        if kind == "rate" and not a.ratings:
            raise Refused(403, "rating is closed")
        if kind == "sheet" and not a.sheet:
            raise Refused(403, "the worksheet is closed")
        if block is None:
            return
        open_now = {"idea": a.ideas, "dot": a.dots, "undot": a.dots, "rate": a.ratings,
                    "sheet": a.sheet}[kind]
        if block != open_now:
            raise Refused(409, "the facilitator has moved on to another activity")

    def _author(self, body: dict[str, Any], *, named: bool) -> int | None:
        """Named activities carry the participant the phone chose; anonymous ones store none."""
        if not named:
            return None
        person = body.get("person")
        if isinstance(person, bool) or not isinstance(person, int):
            raise Refused(400, "choose your name first")
        if person not in {p.id for p in read_participants(self.ws)}:
            raise Refused(400, "that name is not on the list")
        return person

    def _apply(self, phone_id: str, kind: str, body: dict[str, Any],
               author: int | None) -> dict[str, Any]:
        a = self.activities
        if kind == "idea":
            text = clean_text(body.get("text"), self.limits.text_chars)
            category, lane = body.get("category"), body.get("lane", "")
            if not isinstance(category, str) or not isinstance(lane, str):
                raise Refused(400, "category and lane are names")
            changed = add_idea(self.ws, a.ideas, text, category, lane, author_id=author,
                               pending=a.screened)
            self._unsaved_ideas.append(changed)
            self.last_change = changed
            return {"idea": changed.ids[0], "waiting": a.screened}
        if kind in ("dot", "undot"):
            idea = body.get("idea")
            if isinstance(idea, bool) or not isinstance(idea, int) or not 0 < idea < ROW_IDS:
                raise Refused(400, "which card?")   # (past SQLite's integers: a 500 before)
            self.last_change = give_dot(self.ws, idea, phone_id, 1 if kind == "dot" else -1,
                                        block_id=a.dots, meeting=self._meeting)
            return {}
        if kind == "sheet":
            return self._fill_sheet(phone_id, body, author)
        card, impact, ease = body.get("card"), body.get("impact"), body.get("ease")
        if not isinstance(card, str) or len(card) > CARD_REF_CHARS:
            raise Refused(400, "which card?")
        for score in (impact, ease):
            if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5:
                raise Refused(400, "ratings are whole numbers from 1 to 5")
        self.last_change = rate_card(self.ws, a.ratings, card, phone_id, impact,
                                     ease)  # type: ignore[arg-type]
        return {}

    def _fill_sheet(self, phone_id: str, body: dict[str, Any],
                    person: int | None) -> dict[str, Any]:
        """A participant's answers into their own copy: one `set_cells`, as the laptop's edits.
        A person's copy is filled from one phone in a session (the first that sends it): a
        phone that picks someone else's name cannot overwrite what they wrote."""
        assert person is not None
        block = block_of(self.ws, self.activities.sheet, TableBlock)
        edits = sheet_cells(block, body.get("cells"), self.limits.sheet_chars)
        if self.sheet_owners.setdefault(person, phone_id) != phone_id:
            raise Refused(409, "this person's worksheet is being filled on another phone")
        self.last_change = set_cells(self.ws, block.id, edits, participant=person)
        body["cells"] = {}
        for edit in edits:   # what the phone shows as its own: the values as sent, cleaned
            body["cells"].setdefault(edit.row_key, {})[edit.column_id] = edit.value
        return {"cells": len(edits)}

    def _changed(self) -> None:
        self._version += 1
        for listener in list(self.listeners):
            listener()
