"""One writer per workshop: two processes fighting for the editing lock never both hold it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.helpers import ROOT

# Each process takes the lock, marks "I am inside" with an exclusive create, lets go, and
# repeats. If the other process is already inside, the create fails: that is an overlap.
CONTENDER = textwrap.dedent("""
    import errno, os, sys, time
    from pathlib import Path
    from facilitator.storage.errors import InUse
    from facilitator.storage.lock import FileLock

    workshop, inside, seconds = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    takes = overlaps = refused = 0
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        try:
            lock = FileLock(workshop)
        except InUse:
            refused += 1
            continue
        takes += 1
        try:
            os.close(os.open(inside, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            mine = True
        except FileExistsError:
            overlaps += 1
            mine = False
        if mine:
            os.unlink(inside)
        lock.release()
    print(takes, overlaps, refused)
""")


def test_two_processes_never_hold_the_editing_lock_together(workshop_path: Path,
                                                            tmp_path: Path) -> None:
    inside = tmp_path / "inside"
    runs = [subprocess.Popen([sys.executable, "-c", CONTENDER, str(workshop_path), str(inside),
                              "3"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=ROOT) for _ in range(2)]
    results = []
    for run in runs:
        out, err = run.communicate(timeout=60)
        assert run.returncode == 0, err
        results.append([int(n) for n in out.split()])
    takes = sum(r[0] for r in results)
    overlaps = sum(r[1] for r in results)
    assert takes > 1000 and all(r[0] > 0 for r in results), results  # both really competed
    assert overlaps == 0, f"both processes held the lock {overlaps} times in {takes} takes"


def test_a_symbolic_link_meets_the_lock_of_the_file_it_points_at(workshop_path: Path) -> None:
    """Opening or restoring through a link while the file is open for editing is refused: the
    lock belongs to the file, not to the name it was reached by. A restore through a link
    replaces the file and leaves the link a link."""
    import pytest

    from facilitator.services import backups
    from facilitator.services.workshop import open_workshop
    from facilitator.storage.errors import InUse

    link = workshop_path.with_name("link.workshop")
    link.symlink_to(workshop_path.name)
    backup = backups.back_up(workshop_path)
    with open_workshop(workshop_path):
        with pytest.raises(InUse, match="already open for editing"):
            open_workshop(link)
        with pytest.raises(InUse, match="cannot be restored while it is open"):
            backups.restore(link, backup.path)
    assert link.is_symlink()
    backups.restore(link, backup.path)
    assert link.is_symlink() and link.resolve() == workshop_path.resolve()
    with open_workshop(link), pytest.raises(InUse, match="already open for editing"):
        open_workshop(workshop_path)
