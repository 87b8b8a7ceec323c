"""A letter for each category, so that colour is never the only way to tell categories apart
(colour-blind readers, a greyscale printer, a washed-out projector).

The letter comes from the word that tells a label from the others: "Great organization",
"Great leaders", "Great job" are O, L and J, not three Gs.
"""

from __future__ import annotations

from collections.abc import Sequence


def _words(label: str) -> list[str]:
    return [w for w in "".join(c if c.isalnum() else " " for c in label).split()]


def category_marks(labels: Sequence[str]) -> list[str]:
    """One distinct capital letter (or digit) per label, in order."""
    word_lists = [_words(label) for label in labels]
    shared = set.intersection(*(set(w.lower() for w in ws) for ws in word_lists)) \
        if len(word_lists) > 1 else set()
    taken: set[str] = set()
    marks: list[str] = []
    for number, words in enumerate(word_lists, start=1):
        telling = [w for w in words if w.lower() not in shared] or words
        # First letters of the telling words first, then their other letters.
        candidates = [w[0] for w in telling] + [c for w in telling for c in w[1:]]
        mark = next((c.upper() for c in candidates if c.isalnum() and c.upper() not in taken),
                    "")
        if not mark:
            mark = next((str(d) for d in (number, *range(10)) if str(d) not in taken), "?")
        taken.add(mark)
        marks.append(mark)
    return marks
