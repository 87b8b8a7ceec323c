"""One room session: its code, the activities the facilitator opened, the phones that joined,
and what each submission becomes (one service call, the same the facilitator's window makes).

No network and no threads here: the server validates the request's shape and hands the
submission to `Room.submit` in the one writer (the thread that holds the workshop). A phone
retries a submission until it is acknowledged, always under the same client id; the receipt
kept per (phone, id) answers the retry with the first answer, so nothing is applied twice.
Receipts live as long as the session: a new session has a new code, and phones join it anew.
"""

from __future__ import annotations

import re
import secrets
import time
import unicodedata
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from facilitator.domain.template import GridBlock, IdeasBlock
from facilitator.room.limits import DEFAULT, Limits
from facilitator.services.blocks import block_of
from facilitator.services.cards import read_board
from facilitator.services.errors import (
    NotFoundError,
    NotSaved,
    ReadOnlyWorkshop,
    ServiceError,
    Unreadable,
)
from facilitator.services.ideas import add_idea, read_ideas
from facilitator.services.people import read_participants
from facilitator.services.ratings import rate_card, read_ratings
from facilitator.services.room_votes import NoDotsLeft, dots_of, give_dot
from facilitator.services.workshop import Workshop

PHONE_ID = re.compile(r"[0-9a-f]{32}")
SUBMISSION_ID = re.compile(r"[0-9A-Za-z_-]{8,64}")
KINDS = ("idea", "dot", "undot", "rate")


class Refused(Exception):
    """A request the room turns down: HTTP status and a short reason for the phone."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class Activities:
    """What phones may do now (block ids; '' is off), and whether contributions carry a name."""

    ideas: str = ""
    dots: str = ""
    ratings: str = ""
    named: bool = False


@dataclass
class Phone:
    joined: float
    recent: deque[float] = field(default_factory=deque)   # monotonic times of new submissions
    receipts: dict[str, dict[str, Any]] = field(default_factory=dict)
    contributed: set[str] = field(default_factory=set)     # kinds this phone has sent


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

    # The facilitator's controls ---------------------------------------------------------------
    def check_activities(self, activities: Activities) -> None:
        if activities.ideas:
            block_of(self.ws, activities.ideas, IdeasBlock)
        if activities.dots:
            block_of(self.ws, activities.dots, IdeasBlock)
        if activities.ratings:
            block_of(self.ws, activities.ratings, GridBlock)

    def open_activities(self, activities: Activities) -> None:
        self.check_activities(activities)
        self.activities = activities
        self._changed()

    def counts(self) -> dict[str, int]:
        """How many phones joined, and how many have sent each kind of contribution."""
        out = {"joined": len(self.phones)}
        for kind in ("idea", "dot", "rate"):
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

    def state(self, phone_id: Any) -> dict[str, Any]:
        """What the phone's page shows: the open activities with their cards and its own marks."""
        self.phone(phone_id)
        a = self.activities
        out: dict[str, Any] = {"title": self.ws.title, "named": a.named,
                               "ideas": None, "dots": None, "ratings": None}
        if a.named:
            out["people"] = [{"id": p.id, "name": p.name} for p in read_participants(self.ws)]
        if a.ideas:
            block = block_of(self.ws, a.ideas, IdeasBlock)
            out["ideas"] = {"block": block.id, "title": block.title,
                            "categories": [{"id": c.id, "label": c.label}
                                           for c in block.categories],
                            "lanes": [{"id": c.id, "label": c.label} for c in block.lanes]}
        if a.dots:
            block = block_of(self.ws, a.dots, IdeasBlock)
            mine, limit = dots_of(self.ws, block.id, phone_id)
            out["dots"] = {"block": block.id, "title": block.title, "limit": limit,
                           "left": max(0, limit - sum(mine.values())),
                           "cards": [{"id": i.id, "text": i.text, "mine": mine.get(i.id, 0)}
                                     for i in read_ideas(self.ws, block.id) if i.text.strip()]}
        if a.ratings:
            block = block_of(self.ws, a.ratings, GridBlock)
            ratings = read_ratings(self.ws, block.id)
            out["ratings"] = {"block": block.id, "title": block.title, "cards": [
                {"ref": c.ref, "label": c.label,
                 "mine": list(ratings.get(c.ref, {}).get(phone_id, ())) or None}
                for c in read_board(self.ws, block.id)]}
        return out

    # Submissions ------------------------------------------------------------------------------
    def receipt(self, phone_id: str, body: dict[str, Any]) -> dict[str, Any] | None:
        """The answer already given to this submission id, if it was acknowledged before."""
        return self.phone(phone_id).receipts.get(body.get("id", ""))

    def submit(self, body: Any) -> dict[str, Any]:
        """Apply one submission (in the writer); the same id again returns the first answer."""
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
        self._check_open(kind)
        author = self._author(body)
        try:
            result = self._apply(str(phone_id), kind, body, author)
        except (NotSaved, ReadOnlyWorkshop, Unreadable) as exc:
            raise Refused(503, str(exc)) from None   # not taken: the phone tries again later
        except (NoDotsLeft, NotFoundError) as exc:
            raise Refused(409, str(exc)) from None
        except ServiceError as exc:
            raise Refused(400, str(exc)) from None
        phone.recent.append(now)
        phone.contributed.add("dot" if kind == "undot" else kind)
        answer = {"ok": True, "id": sid, **result}
        if len(phone.receipts) >= self.limits.receipts_per_phone:
            phone.receipts.pop(next(iter(phone.receipts)))
        phone.receipts[sid] = answer
        self._changed()
        return answer

    def _check_open(self, kind: str) -> None:
        a = self.activities
        if kind == "idea" and not a.ideas:
            raise Refused(403, "adding ideas is closed")
        if kind in ("dot", "undot") and not a.dots:
            raise Refused(403, "voting is closed")
        if kind == "rate" and not a.ratings:
            raise Refused(403, "rating is closed")

    def _author(self, body: dict[str, Any]) -> int | None:
        """Named activities carry the participant the phone chose; anonymous ones store none."""
        if not self.activities.named:
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
            changed = add_idea(self.ws, a.ideas, text, category, lane, author_id=author)
            return {"idea": changed.ids[0]}
        if kind in ("dot", "undot"):
            idea = body.get("idea")
            if isinstance(idea, bool) or not isinstance(idea, int):
                raise Refused(400, "which card?")
            if idea not in {i.id for i in read_ideas(self.ws, a.dots)}:
                raise Refused(409, "that card is not on this board")
            give_dot(self.ws, idea, phone_id, 1 if kind == "dot" else -1)
            return {}
        card, impact, ease = body.get("card"), body.get("impact"), body.get("ease")
        if not isinstance(card, str):
            raise Refused(400, "which card?")
        for score in (impact, ease):
            if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5:
                raise Refused(400, "ratings are whole numbers from 1 to 5")
        rate_card(self.ws, a.ratings, card, phone_id, impact, ease)  # type: ignore[arg-type]
        return {}

    def _changed(self) -> None:
        for listener in list(self.listeners):
            listener()
