"""What a service call changed: every view refreshes from this, never from storage directly."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Changed:
    what: str                      # "cell", "rows", "ideas", "grid", "actions", "themes", ...
    block_id: str = ""
    ids: tuple[int | str, ...] = ()
    saved_at: datetime = field(default_factory=datetime.now)
