"""The bundle's entry point: the same `facilitator` command as the installed wheel's script."""

import os
import sys

# A Windows app built without a console has no stdout or stderr (None): a print, or the
# one-line error on stderr, would fail instead of going nowhere.
for name in ("stdout", "stderr"):
    if getattr(sys, name) is None:
        setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from facilitator.cli import main  # noqa: E402

raise SystemExit(main())
