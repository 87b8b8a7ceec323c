"""Seeded mutations of real workshop files: byte-level damage, header changes and SQL-level
content a careless tool (or a bad disk) could leave behind. Each mutation is reproducible from
(source file, kind, seed), so a failing case can be rebuilt and looked at."""

from __future__ import annotations

import random
import shutil
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

PAGE_HEADER = 100


def _page_size(data: bytes) -> int:
    size = struct.unpack(">H", data[16:18])[0]
    return 65536 if size == 1 else (size or 4096)


# Byte-level ---------------------------------------------------------------------------------
def flip_bytes(data: bytearray, rng: random.Random) -> None:
    for _ in range(rng.randint(1, 12)):
        at = rng.randrange(PAGE_HEADER, len(data))
        data[at] ^= 1 << rng.randrange(8)


def flip_header_byte(data: bytearray, rng: random.Random) -> None:
    at = rng.choice([16, 17, 18, 19, 20, 21, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 92, 96])
    data[at + rng.randrange(4 if at >= 24 else 1)] ^= 1 << rng.randrange(8)


def truncate(data: bytearray, rng: random.Random) -> None:
    page = _page_size(data)
    if rng.random() < 0.5:
        cut = page * rng.randint(1, max(1, len(data) // page - 1))
    else:
        cut = rng.randrange(PAGE_HEADER, len(data))
    del data[cut:]


def zero_page(data: bytearray, rng: random.Random) -> None:
    page = _page_size(data)
    pages = len(data) // page
    n = rng.randrange(1, pages) if pages > 1 else 0
    data[n * page:(n + 1) * page] = bytes(page)


def junk_page(data: bytearray, rng: random.Random) -> None:
    page = _page_size(data)
    pages = len(data) // page
    n = rng.randrange(1, pages) if pages > 1 else 0
    data[n * page:(n + 1) * page] = rng.randbytes(page)


def append_junk(data: bytearray, rng: random.Random) -> None:
    data.extend(rng.randbytes(rng.choice([1, 17, 512, 4096, 10000])))


def wal_flag(data: bytearray, rng: random.Random) -> None:
    data[18] = data[19] = 2


def bad_page_size(data: bytearray, rng: random.Random) -> None:
    data[16:18] = struct.pack(">H", rng.choice([0, 3, 1000, 513, 2048, 32768]))


def user_version(data: bytearray, rng: random.Random) -> None:
    data[60:64] = struct.pack(">I", rng.choice([0, 2, 99, 2**31]))


def huge_db_size(data: bytearray, rng: random.Random) -> None:
    data[28:32] = struct.pack(">I", rng.choice([0, 1, 2**31 - 1, 2**32 - 1]))


BYTE_MUTATIONS: dict[str, Callable[[bytearray, random.Random], None]] = {
    "flip": flip_bytes, "flip-header": flip_header_byte, "truncate": truncate,
    "zero-page": zero_page, "junk-page": junk_page, "append": append_junk, "wal": wal_flag,
    "page-size": bad_page_size, "user-version": user_version, "db-size": huge_db_size,
}


# SQL-level ----------------------------------------------------------------------------------
def _pick(db: sqlite3.Connection, rng: random.Random, table: str) -> int | None:
    ids = [r[0] for r in db.execute(f"SELECT id FROM {table}")]
    return rng.choice(ids) if ids else None


def _set(db: sqlite3.Connection, rng: random.Random, table: str, column: str,
         value: object) -> None:
    row = _pick(db, rng, table)
    db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row))


BAD_VALUES: list[tuple[str, str, object]] = [
    ("meeting", "date", "31/02/2026"), ("meeting", "date", "2026-02-31"),
    ("meeting", "time", "25:99"), ("meeting", "time", "noon"),
    ("meeting", "current_item", -5), ("meeting", "current_item", 10**15),
    ("meeting", "current_item", "seven"), ("meeting", "number", -1),
    ("meeting", "location", b"\xff\x00"),
    ("cell", "value", "not json"), ("cell", "value", '{"a": 1}'), ("cell", "value", "[" * 5000),
    ("cell", "value", "1e999999"), ("cell", "value", "NaN"), ("cell", "value", '"2026-31-31"'),
    ("cell", "column_id", "no-such-column"),
    ("cell", "value", "x" * 3_000_000), ("cell", "value", 12),
    ("table_row", "block_id", "no-such-block"),
    ("table_row", "position", 10**18), ("table_row", "participant_id", 424242),
    ("action", "status", "exploded"), ("action", "deadline", "31/02/2026"),
    ("action", "created", "yesterday"), ("action", "position", "first"),
    ("action", "owner_id", 999999), ("action", "block_id", "no-such-block"),
    ("action", "meeting_id", 777),
    ("timer", "item", 10**12), ("timer", "item", -3), ("timer", "minutes", 10**12),
    ("timer", "minutes", -10), ("timer", "elapsed_s", 1e308), ("timer", "elapsed_s", "NaN"),
    ("timer", "elapsed_s", "lots"), ("timer", "running", 7), ("timer", "running", "yes"),
    ("placement", "x", 1e308), ("placement", "x", "left"),
    ("placement", "card", "idea:999999"), ("placement", "block_id", "no-such-block"),
    ("idea", "votes", -99), ("idea", "votes", 10**15), ("idea", "explore", "maybe"),
    ("idea", "author_id", 31337), ("idea", "block_id", "nope"),
    ("theme", "position", "x"),
    ("participant", "position", "x"),
    ("block_setting", "value", "not json"), ("block_setting", "value", '{"deep": ' * 3000),
    ("subgroup", "item", 10**9), ("subgroup", "participant_id", 55555),
    ("action_status", "status", "gone sideways"), ("action_status", "meeting_id", 4242),
    ("workshop", "template", "not json"), ("workshop", "template", '{"id": "x"}'),
    ("workshop", "template", "[]"), ("workshop", "id", 2),
    ("workshop", "created_at", 5), ("theme", "body", "y" * 5_000_000),
    ("cell", "value", '"' + "z" * 2_000_000 + '"'),
]

# Changes that leave a file the app reads as usual: a deadline is free text ("next spring"), a
# row's position only orders rows, a card may name an idea deleted since it was placed, and
# SQLite stores the number 5 in a text column as the text '5'.
BENIGN = ("action.deadline=", "table_row.position=", "placement.card=", "workshop.created_at=")

EXTRA_SQL = [
    "CREATE TRIGGER wipe AFTER UPDATE ON cell BEGIN DELETE FROM action; END",
    "CREATE TRIGGER wipe2 AFTER INSERT ON timer BEGIN DELETE FROM action; END",
    "CREATE VIEW everything AS SELECT * FROM action",
    "CREATE TABLE extra(x)",
    "CREATE INDEX extra_ix ON action(text)",
    "DROP TABLE theme",
    "DROP TABLE subgroup",
    "ALTER TABLE action DROP COLUMN notes",
    "ALTER TABLE timer DROP COLUMN done",
    "ALTER TABLE meeting RENAME COLUMN date TO day",
    "ALTER TABLE idea ADD COLUMN colour TEXT",
    "DELETE FROM workshop",
    "DELETE FROM meeting",
    "INSERT INTO workshop(id, title, template_id, template, created_at, app_version) "
    "VALUES (2, 't', 'x', '{}', '', '')",
]


def sql_mutation(path: Path, rng: random.Random) -> str:
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA foreign_keys=OFF")
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute("BEGIN")
        if rng.random() < 0.75:
            filled = {t for t in {v[0] for v in BAD_VALUES}
                      if db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]}
            table, column, value = rng.choice([v for v in BAD_VALUES if v[0] in filled])
            _set(db, rng, table, column, value)
            label = f"{table}.{column}={str(value)[:20]!r}"
        else:
            statement = rng.choice(EXTRA_SQL)
            db.execute(statement)
            label = statement[:40]
        db.execute("COMMIT")
    finally:
        db.close()
    return label


def mutate(source: Path, target: Path, seed: int) -> str:
    """Write a mutated copy of `source` at `target`; returns a label of what was done."""
    rng = random.Random(seed)
    if rng.random() < 0.45:
        shutil.copyfile(source, target)
        return "sql:" + sql_mutation(target, rng)
    kind = rng.choice(sorted(BYTE_MUTATIONS))
    data = bytearray(source.read_bytes())
    BYTE_MUTATIONS[kind](data, rng)
    target.write_bytes(bytes(data))
    return kind
