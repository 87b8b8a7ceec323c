"""Where the impact x ease board draws its cards so that no two cover each other. No Qt.

A card's stored place is its anchor; the board draws the card at the nearest free spot to it
(a leader line then joins the card to its anchor). Cards are laid out one at a time in a stable
order, each taking the free spot nearest its anchor, so that moving one card never reshuffles
the others more than it must. When the cards do not fit at a size within a short distance of
their anchors, the whole board uses the next smaller card size (`SCALES`), down to a size at
which every card fits somewhere on the board.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

GAP = 10.0                # scene units kept clear between two cards (a tick badge pokes out 8)
SCALES = (1.0, 0.85, 0.72, 0.6, 0.5, 0.42)
NEAR = 0.25               # "near its anchor": this far at most, as a fraction of the board
ROOM = 2.0                # clustering keeps room for a "7+2" pill, wider than a circle


@dataclass(frozen=True)
class Box:
    """A card's rectangle by its centre (scene units)."""

    cx: float
    cy: float
    w: float
    h: float

    def hits(self, other: Box, gap: float = GAP) -> bool:
        return (abs(self.cx - other.cx) * 2 < self.w + other.w + 2 * gap and
                abs(self.cy - other.cy) * 2 < self.h + other.h + 2 * gap)

    def overlaps(self, other: Box) -> bool:
        """The rectangles share some area (touching edges do not count)."""
        return (abs(self.cx - other.cx) * 2 < self.w + other.w - 1e-6 and
                abs(self.cy - other.cy) * 2 < self.h + other.h - 1e-6)


@dataclass(frozen=True)
class Layout:
    scale: float                               # of the card size asked for
    centres: tuple[tuple[float, float], ...]   # one per anchor, in the anchors' order


@lru_cache(maxsize=8)
def _offsets(w: float, h: float, board_w: float, board_h: float) -> tuple[tuple[float, float,
                                                                                float], ...]:
    """Candidate moves from an anchor, nearest first: (dx, dy, distance as a fraction of the
    board). Steps of a third of a card: fine enough to tuck a card in beside another."""
    sx, sy = w / 3, h / 3
    nx, ny = int(board_w / sx) + 1, int(board_h / sy) + 1
    out = [(i * sx, j * sy, math.hypot(i * sx / board_w, j * sy / board_h))
           for i in range(-nx, nx + 1) for j in range(-ny, ny + 1)]
    out.sort(key=lambda o: (o[2], abs(o[1]), o[0], o[1]))
    return tuple(out)


def _place_all(anchors: Sequence[tuple[float, float]], w: float, h: float, board_w: float,
               board_h: float, limit: float, fixed: Sequence[Box] = (), gap: float = GAP,
               steps: tuple[float, float] | None = None) -> list[tuple[float, float]] | None:
    """Each card at the free spot nearest its anchor, within `limit` (a fraction of the board);
    None if one does not fit. Cards stay wholly on the board."""
    lo_x, hi_x = w / 2, max(w / 2, board_w - w / 2)
    lo_y, hi_y = h / 2, max(h / 2, board_h - h / 2)
    cell = max(w, h) + 2 * gap            # a coarse grid of placed boxes: few checks per try
    buckets: dict[tuple[int, int], list[Box]] = {}
    for box in fixed:   # what the board itself shows there (quadrant names): every cell it spans
        for gx in range(int((box.cx - box.w / 2) // cell), int((box.cx + box.w / 2) // cell) + 1):
            for gy in range(int((box.cy - box.h / 2) // cell),
                            int((box.cy + box.h / 2) // cell) + 1):
                buckets.setdefault((gx, gy), []).append(box)
    placed: list[tuple[float, float]] = []
    offsets = _offsets(*(steps or (w, h)), board_w, board_h)
    # Cards piled on one anchor: the moves already found taken for an earlier card there stay
    # taken (cards are only added), so the next card resumes where that one stopped; this keeps
    # a pile of n cards at n searches, not n squared.
    resume: dict[tuple[float, float], int] = {}
    for ax, ay in anchors:
        found = None
        start = resume.get((ax, ay), 0)
        index = start
        for index in range(start, len(offsets)):
            dx, dy, dist = offsets[index]
            if dist > limit:
                break
            cx = min(hi_x, max(lo_x, ax + dx))
            cy = min(hi_y, max(lo_y, ay + dy))
            gx, gy = int(cx // cell), int(cy // cell)
            clear = True
            for i in (-1, 0, 1):
                for j in (-1, 0, 1):
                    for other in buckets.get((gx + i, gy + j), ()):
                        if abs(cx - other.cx) < (w + other.w) / 2 + gap and \
                                abs(cy - other.cy) < (h + other.h) / 2 + gap:   # Box.hits
                            clear = False
                            break
                    if not clear:
                        break
                if not clear:
                    break
            if clear:
                found = Box(cx, cy, w, h)
                break
        if found is None:
            return None
        resume[(ax, ay)] = index
        buckets.setdefault((int(found.cx // cell), int(found.cy // cell)), []).append(found)
        placed.append((found.cx, found.cy))
    return placed


def spread(anchors: Sequence[tuple[float, float]], w: float, h: float, board_w: float,
           board_h: float, fixed: Sequence[Box] = (), gap: float = GAP,
           near: float = NEAR, smallest: float | None = None) -> Layout | None:
    """Centres for cards of (at most) w x h at these anchors, no two overlapping (`gap` apart),
    and none on the `fixed` boxes; a size is taken when every card is within `near` (a fraction
    of the board) of its anchor. With `smallest`, None when they fit only at a smaller scale
    (the caller shows them another way)."""
    for scale in SCALES:
        if smallest is not None and scale < smallest:
            return None
        if len(anchors) * (w * scale + gap) * (h * scale + gap) > 0.6 * board_w * board_h:
            continue   # cannot fit near their anchors at this size: do not try
        centres = _place_all(anchors, w * scale, h * scale, board_w, board_h, near, fixed, gap)
        if centres is not None:
            return Layout(scale, tuple(centres))
    if smallest is not None:
        return None
    scale = SCALES[-1]
    while True:   # a last resort: anywhere on the board, smaller until everything fits
        centres = _place_all(anchors, w * scale, h * scale, board_w, board_h, math.inf,
                             fixed if scale > 0.2 else (), gap)
        if centres is not None:
            return Layout(scale, tuple(centres))
        scale *= 0.85


def overlapping_pairs(boxes: Sequence[Box]) -> int:
    """How many pairs of boxes share some area."""
    return sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b))


@dataclass(frozen=True)
class Marker:
    """One marker of a clustered board: drawn at `centre`, standing for the cards `members`
    (indexes into the anchors, the first one the marker's own)."""

    centre: tuple[float, float]
    members: tuple[int, ...]


def cluster(anchors: Sequence[tuple[float, float]], groups: Sequence[object], w: float,
            h: float, board_w: float, board_h: float, fixed: Sequence[Box] = (),
            gap: float = GAP, near: float = 0.12) -> list[Marker]:
    """Markers of w x h for cards at these anchors, none overlapping another or a `fixed` box,
    never smaller: a card with no free spot within `near` of its anchor joins the nearest
    marker of its group (its quadrant), or of any group when its own has none. Cards are taken
    in the anchors' order, so the first ones keep markers of their own."""
    heads: list[tuple[float, float]] = []
    members: list[list[int]] = []
    taken: list[Box] = list(fixed)
    for index, (ax, ay) in enumerate(anchors):
        spot = _place_all([(ax, ay)], w, h, board_w, board_h, near, taken, gap)
        if spot is not None:
            heads.append(spot[0])
            members.append([index])
            taken.append(Box(spot[0][0], spot[0][1], w, h))
            continue
        if not heads:   # nothing to join (a board all labels): a marker anyway, at the anchor
            heads.append((ax, ay))
            members.append([index])
            continue
        same = [m for m, group in enumerate(members) if groups[group[0]] == groups[index]]
        pool = same or range(len(heads))
        nearest = min(pool, key=lambda m: math.hypot(heads[m][0] - ax, heads[m][1] - ay))
        members[nearest].append(index)
    return [Marker(centre, tuple(group)) for centre, group in zip(heads, members, strict=True)]


def place_markers(markers: Sequence[Marker], anchors: Sequence[tuple[float, float]],
                  widths: Sequence[float], h: float, board_w: float, board_h: float,
                  fixed: Sequence[Box] = (), gap: float = GAP) -> list[Marker] | int:
    """The clustered markers again, each at its own width (a "7+12" pill is wider than a "7"
    circle): each at the free spot nearest its first card's place, anywhere on the board if it
    must; the index of the first one that finds no room at all otherwise."""
    taken: list[Box] = list(fixed)
    out: list[Marker] = []
    for marker, w in zip(markers, widths, strict=True):
        ax, ay = anchors[marker.members[0]]
        # The nearest free spot, however far (the candidates come nearest first); steps of a
        # circle's size whatever the width, so that one list of candidates serves every pill.
        spot = _place_all([(ax, ay)], w, h, board_w, board_h, math.inf, taken, gap, (h, h))
        if spot is None:
            return len(out)
        taken.append(Box(spot[0][0], spot[0][1], w, h))
        out.append(Marker(spot[0], marker.members))
    return out


def clustered(anchors: Sequence[tuple[float, float]], groups: Sequence[object], h: float,
              width_of: Callable[[Marker], float], board_w: float, board_h: float,
              fixed: Sequence[Box] = (), gap: float = GAP) -> list[Marker]:
    """Markers h tall (a circle, or a pill `width_of` wide for a cluster), none overlapping:
    clustered with room for short pills first; a marker that then finds no room (its pill is
    wider) joins the nearest other marker of its group, until every one has room."""
    markers = cluster(anchors, groups, h * ROOM, h, board_w, board_h, fixed, gap, near=0.15)
    while len(markers) > 1:
        placed = place_markers(markers, anchors, [width_of(m) for m in markers], h, board_w,
                               board_h, fixed, gap)
        if not isinstance(placed, int):
            return placed
        lost = markers.pop(placed)
        ax, ay = anchors[lost.members[0]]
        same = [m for m, marker in enumerate(markers)
                if groups[marker.members[0]] == groups[lost.members[0]]]
        nearest = min(same or range(len(markers)), key=lambda m: math.hypot(
            markers[m].centre[0] - ax, markers[m].centre[1] - ay))
        markers[nearest] = Marker(markers[nearest].centre,
                                  markers[nearest].members + lost.members)
    # A board with no room even so (a tiny window): one marker per quadrant, where it falls.
    heads: dict[object, list[int]] = {}
    for index, group in enumerate(groups):
        heads.setdefault(group, []).append(index)
    return [Marker(anchors[m[0]], tuple(m)) for m in heads.values()]
