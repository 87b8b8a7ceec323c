"""The `facilitator` command. Errors are one line each on stderr and a non-zero exit, never a
traceback. Heavy modules are imported inside the commands that need them."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

EXIT_ERROR = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A user-facing failure: printed as `facilitator: <message>`."""


def _user_errors() -> tuple[type[BaseException], ...]:
    from facilitator.domain.template_parse import TemplateError
    from facilitator.services.errors import ServiceError
    from facilitator.services.templates import UnknownTemplate
    from facilitator.storage.errors import WorkshopFileError

    return (CliError, ServiceError, WorkshopFileError, UnknownTemplate, TemplateError)


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


# Commands ------------------------------------------------------------------------------------
def cmd_templates(args: argparse.Namespace) -> int:
    from facilitator.services.templates import catalogue

    entries = catalogue()
    if args.json:
        _out(json.dumps([{"id": e.id, "title": e.template.title if e.template else None,
                          "minutes": e.template.total_minutes if e.template else None,
                          "source": e.template.source if e.template else None,
                          "path": str(e.path), "user": e.user, "broken": e.broken,
                          "errors": list(e.errors)} for e in entries],
                         ensure_ascii=False, indent=2))
        return 0
    for e in entries:
        if e.template is None:
            _out(f"{e.id:<28} BROKEN  {e.path}")
            for error in e.errors:
                _out(f"    {error}")
        else:
            mine = "  (your template)" if e.user else ""
            _out(f"{e.id:<28} {e.template.total_minutes:>4} min  {e.template.title}"
                 f"  [source: {e.template.source}]{mine}")
    return 0


def _participants(raw: Sequence[str]) -> list[Any]:
    from facilitator.services.workshop import NewParticipant

    people = []
    for text in raw:
        name, _, rest = text.partition(":")
        role, _, organisation = rest.partition(":")
        if not name.strip():
            raise CliError(f"participant '{text}' needs a name (NAME[:ROLE[:ORGANISATION]])")
        people.append(NewParticipant(name.strip(), role.strip(), organisation.strip()))
    return people


def cmd_new(args: argparse.Namespace) -> int:
    from facilitator.services.templates import find_template
    from facilitator.services.workshop import create_workshop

    template = find_template(args.template)
    with create_workshop(Path(args.file), template, title=args.title, date=args.date or "",
                         time=args.time or "", location=args.location or "",
                         participants=_participants(args.participant or []),
                         language=args.language) as ws:
        _out(f"created {ws.path} from '{template.id}' ({template.total_minutes} minutes, "
             f"{len(template.agenda)} agenda items)")
    return 0


def _info(path: Path) -> dict[str, Any]:
    from facilitator.services.snapshot import read_snapshot
    from facilitator.services.workshop import open_workshop

    with open_workshop(path, readonly=True) as ws:
        snap = read_snapshot(ws)
    blocks: dict[str, dict[str, Any]] = {}
    latest = snap.meeting
    for block in snap.template.blocks():
        entry: dict[str, Any] = {"kind": block.kind.value, "title": block.title}
        if block.id in latest.tables:
            rows = latest.tables[block.id]
            entry["rows"] = len(rows)
            entry["filled_cells"] = sum(1 for r in rows for v in r.cells.values()
                                        if v not in ("", False, [], None))
        elif block.id in latest.ideas:
            entry["ideas"] = len(latest.ideas[block.id])
        elif block.id in latest.placements:
            entry["placed"] = len(latest.placements[block.id])
        elif block.id in latest.themes:
            entry["themes"] = len(latest.themes[block.id])
        if block.kind.value == "actions":
            entry["actions"] = sum(1 for a in snap.actions if a.block_id == block.id)
        blocks[block.id] = entry
    return {"file": str(path), "title": snap.title, "template": snap.template.id,
            "template_title": snap.template.title, "minutes": snap.template.total_minutes,
            "created_at": snap.created_at,
            "meetings": [{"number": m.number, "date": m.date, "time": m.time,
                          "location": m.location} for m in snap.meetings],
            "participants": [{"name": p.name, "role": p.role, "organisation": p.organisation}
                             for p in snap.participants],
            "blocks": blocks}


def cmd_info(args: argparse.Namespace) -> int:
    info = _info(Path(args.file))
    if args.json:
        _out(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    from facilitator.domain.invitation import friendly_date, friendly_time

    _out(f"{info['title']}")
    _out(f"  template:     {info['template']} ({info['minutes']} minutes)")
    for m in info["meetings"]:
        # en-US wording, as in the window and the handouts; --json keeps ISO for scripts.
        when = ", ".join(x for x in (friendly_date(m["date"]) if m["date"] else "",
                                     friendly_time(m["time"]) if m["time"] else "") if x)
        when = when or "no date set"
        where = f", {m['location']}" if m["location"] else ""
        _out(f"  meeting {m['number']}:    {when}{where}")
    _out(f"  participants: {len(info['participants'])}"
         + (": " + ", ".join(p["name"] for p in info["participants"])
            if info["participants"] else ""))
    _out("  worksheets:")
    for block_id, b in info["blocks"].items():
        counts = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in b.items()
                           if k not in ("kind", "title"))
        _out(f"    {block_id:<28} {b['kind']:<8} {counts}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from facilitator.services.check import check_workshop
    from facilitator.services.workshop import open_workshop

    path = Path(args.file)
    with open_workshop(path, readonly=True) as ws:
        problem = check_workshop(ws)
        recovered = ws.recovered
    if problem:
        raise CliError(f"{path}: damaged: {problem}")
    # Opening rolled back a save that a crash cut short: say so, the file changed on disk.
    note = "; it was not closed cleanly and is back at its last saved edit" if recovered else ""
    _out(f"ok: {path} is a healthy workshop file{note}")
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    from facilitator.services.dump import dump_json
    from facilitator.services.workshop import open_workshop

    with open_workshop(Path(args.file), readonly=True) as ws:
        _out(dump_json(ws))
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    from facilitator.services.dump import load

    source = Path(args.dump)
    try:
        text = sys.stdin.read() if args.dump == "-" else source.read_text(encoding="utf-8")
        data = json.loads(text)
    except FileNotFoundError:
        raise CliError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise CliError(f"{source}: is a folder, not a dump file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CliError(f"{source}: is not a JSON dump ({exc})") from None
    with load(data, Path(args.file)) as ws:
        _out(f"loaded {ws.path}")
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    from facilitator.exports.atomic import write_bytes_atomically
    from facilitator.exports.calendar_ics import meeting_calendar
    from facilitator.services.meetings import invitation, meeting_by_number
    from facilitator.services.outputs import refuse_unsafe_output
    from facilitator.services.snapshot import read_snapshot
    from facilitator.services.workshop import open_workshop

    if args.ics:
        refuse_unsafe_output(Path(args.ics), Path(args.file))
    with open_workshop(Path(args.file), readonly=True) as ws:
        filled = invitation(ws, args.meeting)
        meeting = meeting_by_number(ws, args.meeting).as_meeting()
        snap = read_snapshot(ws) if args.ics else None
    _out(filled.as_text())
    if args.ics and snap is not None:
        try:
            data = meeting_calendar(snap, meeting, filled)
            write_bytes_atomically(Path(args.ics), data)
        except ValueError as exc:
            raise CliError(str(exc)) from None
        except OSError as exc:
            raise CliError(f"{args.ics}: cannot write ({exc.strerror or exc})") from None
        sys.stderr.write(f"calendar invite written to {args.ics}\n")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from facilitator.exports.export import ExportError, export
    from facilitator.services.outputs import refuse_unsafe_output
    from facilitator.services.snapshot import read_snapshot
    from facilitator.services.workshop import open_workshop

    refuse_unsafe_output(Path(args.out), Path(args.file))
    with open_workshop(Path(args.file), readonly=True) as ws:
        snap = read_snapshot(ws)
        language = args.language or ws.language
    try:
        written = export(snap, args.format, Path(args.out), what=args.what,
                         anonymise=args.anonymise, language=language)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"{args.out}: cannot write ({exc.strerror or exc})") from None
    _out(f"exported {args.format} to {written}")
    return 0


def cmd_handouts(args: argparse.Namespace) -> int:
    from facilitator.handouts.build import KINDS, HandoutError, planned_files, write_handouts
    from facilitator.handouts.fonts import collect_unprintable, unprintable_note
    from facilitator.services.outputs import refuse_unsafe_folder_outputs, refuse_unsafe_output
    from facilitator.services.snapshot import read_snapshot
    from facilitator.services.workshop import open_workshop

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        refuse_unsafe_output(out, Path(args.file))
        raise CliError(f"{out}: is a file, not a folder; give a folder for the handouts")
    with open_workshop(Path(args.file), readonly=True) as ws:
        snap = read_snapshot(ws)
        language = args.language or ws.language   # by default, the workshop's own
    kinds = KINDS if args.kind == "all" else (args.kind,)
    try:
        planned = planned_files(snap, kinds, per_participant=args.per_participant,
                                language=language)
        refuse_unsafe_folder_outputs(out, [name for _, _, name in planned], Path(args.file))
        with collect_unprintable() as unprintable:
            written = write_handouts(snap, kinds, Path(args.out), paper=args.paper,
                                     per_participant=args.per_participant,
                                     language=language)
    except HandoutError as exc:
        raise CliError(str(exc)) from None
    for path in written:
        _out(str(path))
    if unprintable:
        sys.stderr.write(f"facilitator: warning: {unprintable_note(unprintable)}\n")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from facilitator.services.backups import find_backup, folder_for, list_backups, restore

    path = Path(args.file)
    if args.source is None:
        backups = list_backups(path)
        if not backups:
            _out(f"no backups of {path} yet (they are kept in {folder_for(path)})")
            return 0
        _out(f"backups of {path}, newest first (in {folder_for(path)}):")
        for number, backup in enumerate(backups, 1):
            _out(f"  {number:>2}  {backup.label}")
        _out(f"restore one with: facilitator restore {args.file} --from NUMBER")
        return 0
    source = find_backup(path, args.source)
    kept = restore(path, source)
    _out(f"restored {path} from {source.name}; the file it replaced is kept as {kept}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from facilitator.services.demo import create_demo, default_demo_path

    path = Path(args.file) if args.file else default_demo_path()
    with create_demo(path, replace=args.file is None) as ws:
        _out(f"demo workshop written to {ws.path}")
    if args.no_open:
        return 0
    return _run_gui(path, args)


def cmd_slides(args: argparse.Namespace) -> int:
    try:
        from facilitator.ui.run.slides import SlidesError, render_slides
    except ImportError as exc:
        raise CliError(f"slides need Qt, which cannot load here ({exc})") from None
    try:
        written = render_slides(Path(args.file), Path(args.out), size=args.size,
                                meeting=args.meeting, item=args.item, pdf=args.pdf)
    except SlidesError as exc:
        raise CliError(str(exc)) from None
    for path in written:
        _out(str(path))
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    return _run_gui(Path(args.file) if args.file else None, args)


def cmd_room(args: argparse.Namespace) -> int:
    """Serve the room without the window, until Ctrl+C or SIGTERM."""
    from facilitator.room.headless import run_room

    host, _, port = args.listen.rpartition(":")
    if not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise CliError(f"--listen takes HOST:PORT (e.g. 192.168.1.20:8080), not '{args.listen}'")
    return run_room(Path(args.file), host, int(port), ideas=args.ideas or "",
                    dots=args.dots or "", ratings=args.ratings or "", named=args.named,
                    screened=args.screening, sheet=args.sheet or "", out=_out)


def _run_gui(path: Path | None, args: argparse.Namespace) -> int:
    import gc

    # Off for start-up (Qt's import included); ui.app.settle_heap() turns it back on once the
    # window is ready. See the note in ui.app.run().
    gc.disable()
    try:
        from facilitator.ui.app import run
    except ImportError as exc:
        gc.enable()
        raise CliError(f"the app window cannot start here ({exc}); the CLI commands still "
                       "work") from None
    return run(path, exit_after_load=getattr(args, "exit_after_load", False),
               check_ui=getattr(args, "check_ui", False))


# Parser --------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    from facilitator import __version__

    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Run live workshops from one local file. With no command, opens the app.")
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Callable[[argparse.Namespace], int],
                help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = command("templates", cmd_templates, "list the workshop templates")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("new", cmd_new, "create a workshop file from a template")
    p.add_argument("template", metavar="TEMPLATE", help="template id (see `facilitator templates`)")
    p.add_argument("file", metavar="FILE", help="the new workshop file, e.g. focus-group.workshop")
    p.add_argument("--title", help="workshop title (default: the template's)")
    p.add_argument("--date", help="meeting date, YYYY-MM-DD")
    p.add_argument("--time", help="meeting start time, HH:MM")
    p.add_argument("--location", help="where the meeting is held")
    p.add_argument("--participant", action="append", metavar="NAME[:ROLE[:ORG]]",
                   help="add a participant (repeatable)")
    p.add_argument("--language", default="en", choices=("en", "es"),
                   help="language of the template's text on screen and in the handouts "
                        "(default: en, the template as written)")

    p = command("info", cmd_info, "summarise a workshop file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("check", cmd_check, "check that a workshop file is healthy (exit 0 if so)")
    p.add_argument("file", metavar="FILE")

    p = command("dump", cmd_dump, "print the whole workshop as JSON (docs/file-format.md)")
    p.add_argument("file", metavar="FILE")

    p = command("load", cmd_load, "create a workshop file from a JSON dump")
    p.add_argument("dump", metavar="DUMP.json", help="a file written by `dump`, or - for stdin")
    p.add_argument("file", metavar="FILE")

    p = command("invite", cmd_invite, "print a meeting's invitation (subject and body)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--meeting", type=int, metavar="N", help="meeting number (default: latest)")
    p.add_argument("--ics", metavar="OUT.ics", help="also write a calendar event file")

    p = command("export", cmd_export, "export actions or the whole session to a file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", required=True, metavar="csv|xlsx|ics|md|json")
    p.add_argument("--out", required=True, metavar="PATH", help="the file to write")
    p.add_argument("--what", metavar="actions|all",
                   help="what to export (default: all; csv and ics hold actions only)")
    p.add_argument("--anonymise", action="store_true",
                   help="replace participant names with their roles")
    p.add_argument("--language", choices=("en", "es"),
                   help="language of headings, labels, dates and the template's text "
                        "(default: the workshop's language; json keeps its keys); what the "
                        "room typed stays as typed")

    p = command("handouts", cmd_handouts, "write printable handouts (PDF) for a workshop")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--kind", default="all",
                   choices=("packet", "guide", "summary", "themes", "actions", "all"),
                   help="which document (default: all)")
    p.add_argument("--paper", default="letter", choices=("letter", "a4"),
                   help="paper size (default: letter)")
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write the PDFs into")
    p.add_argument("--per-participant", action="store_true",
                   help="one participant packet per person, with their name on the cover")
    p.add_argument("--language", choices=("en", "es"),
                   help="language of the documents: labels, dates and the template's text "
                        "(default: the workshop's language); what the room typed prints as "
                        "typed")

    p = command("slides", cmd_slides,
                "draw the projector's view of each agenda item to PNG images (and a PDF)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--meeting", type=int, metavar="N", help="meeting number (default: latest)")
    p.add_argument("--item", type=int, metavar="N", help="only agenda item N (1 = first)")
    p.add_argument("--size", required=True, metavar="WxH",
                   help="the projector's size in pixels, e.g. 1280x720")
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write the images into")
    p.add_argument("--pdf", action="store_true", help="also write one PDF deck of the slides")

    p = command("restore", cmd_restore,
                "list a workshop's backups, or put one back in place of the file")
    p.add_argument("file", metavar="FILE")
    choice = p.add_mutually_exclusive_group()
    choice.add_argument("--list", action="store_true",
                        help="list the backups, newest first (the default)")
    choice.add_argument("--from", dest="source", metavar="BACKUP",
                        help="a number from --list (1 = newest) or a backup file's path")

    p = command("demo", cmd_demo, "write a demo workshop with example content and open it")
    p.add_argument("file", metavar="FILE", nargs="?",
                   help="where to write it (default: a scratch file in your data folder)")
    p.add_argument("--no-open", action="store_true", help="only write the file")
    p.add_argument("--exit-after-load", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--check-ui", action="store_true", help=argparse.SUPPRESS)

    p = command("room", cmd_room,
                "let phones on this network add ideas, dots and ratings (no window)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--listen", required=True, metavar="HOST:PORT",
                   help="this computer's address on the room's network and a port "
                        "(127.0.0.1:PORT: this computer only; port 0: any free port)")
    p.add_argument("--ideas", metavar="BLOCK", help="phones may add ideas to this brainstorm")
    p.add_argument("--dots", metavar="BLOCK", help="phones may vote with dots on this brainstorm")
    p.add_argument("--ratings", metavar="BLOCK",
                   help="phones may rate impact and ease (1-5) of this grid's cards")
    p.add_argument("--named", action="store_true",
                   help="ideas carry the name each phone chooses (default: anonymous, no "
                        "author stored; dots and ratings never name anyone)")
    p.add_argument("--screening", action="store_true",
                   help="ideas wait for the facilitator's approval, given in the app once the "
                        "room is closed (default here: straight to the board, as no window is "
                        "open to approve them)")
    p.add_argument("--sheet", metavar="BLOCK",
                   help="each participant fills their own copy of this per-participant table "
                        "(they pick their name from the meeting's list)")

    p = command("open", cmd_open, "open a workshop file in the app")
    p.add_argument("file", metavar="FILE", nargs="?")
    p.add_argument("--exit-after-load", action="store_true",
                   help="quit once the window is shown and print how long that took; "
                        "exit 1 if the file cannot be opened")
    p.add_argument("--check-ui", action="store_true",
                   help="with --exit-after-load: list every menu and build every worksheet "
                        "(packaging smoke test); exit 1 if one is missing")
    return parser


def _open_shorthand(argv: list[str]) -> list[str]:
    """`facilitator FILE.workshop` means `facilitator open FILE.workshop`: the form macOS starts
    the app with for a workshop file double-clicked in Finder (no command name ends so)."""
    if argv and argv[0].lower().endswith(".workshop"):
        return ["open", *argv]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_open_shorthand(list(sys.argv[1:] if argv is None else argv)))
    handler = getattr(args, "handler", None)
    if handler is None:
        args.file, args.exit_after_load = None, False
        handler = cmd_open
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as exc:
        if os.environ.get("FACILITATOR_DEBUG") and not isinstance(exc, _user_errors()):
            raise
        sys.stderr.write(f"facilitator: {error_line(exc)}\n")
        return EXIT_ERROR


def error_line(exc: BaseException) -> str:
    """Any failure as one line a user can read: the one place the CLI words its errors.

    User errors carry their own message; a damaged file's SQLite errors (which can run to 38
    lines of internals) are cut to their first clause; only a real bug says "unexpected"."""
    import sqlite3

    from facilitator.services.check import one_line

    if isinstance(exc, _user_errors()):
        return one_line(str(exc) or type(exc).__name__)
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        return one_line(f"{exc.strerror or exc}{where}")
    inner = getattr(exc, "orig", None) or exc
    if isinstance(inner, sqlite3.Error):
        return one_line(f"the file could not be read ({str(inner).splitlines()[0][:200]})")
    if isinstance(exc, RecursionError | MemoryError):
        return "the file holds data nested or sized beyond what Facilitator reads"
    return one_line(f"unexpected error ({type(exc).__name__}: {exc}); run with "
                    "FACILITATOR_DEBUG=1 for details")


if __name__ == "__main__":
    raise SystemExit(main())
