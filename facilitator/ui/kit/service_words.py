"""Messages from the services, storage and domain, shown in the app's language.

Those layers have no Qt (and the command line prints them in English), so they raise one line
of English. The UI shows such a line through `shown_message`, which recognises the sentences
a facilitator meets in a session (a vote over the limit, a cell that does not fit its column,
a file in use, read-only or damaged, an edit not saved) by their wording, as the translator's
live switch recognises "Item {number} of {count}", and gives the sentence in the app's
language with its values kept (a name, a file, a number). The values themselves are shown
through the same function (a reason inside a reason), and a template word among them (a
worksheet's title, a column's label, a choice) in the workshop's language. A message it does
not know stays as it came: English is the fallback, never a wrong sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from facilitator.ui.kit import translator

CONTEXT = "Service"

# The sentences as the services write them, with {names} where they put values. Longest and
# most specific first: the first that matches the whole message is used.
MESSAGES: tuple[str, ...] = (
    # Dot voting (services.votes, services.vote_rules, services.room_votes)
    QT_TRANSLATE_NOOP("Service", "{name} has used all {votes}: take one back before voting "
                      "again."),
    QT_TRANSLATE_NOOP("Service", "{name} has only {votes} left."),
    QT_TRANSLATE_NOOP("Service", "{name} has no vote on this card to take back."),
    QT_TRANSLATE_NOOP("Service", "{name} has already given {votes}: take some back before "
                      "lowering the limit to {count}."),
    QT_TRANSLATE_NOOP("Service", "Over the limit: {people} × {votes} = {room} votes, {others} "
                      "already on other cards, so at most {left} on this one."),
    QT_TRANSLATE_NOOP("Service", "{recorded} votes are recorded, more than {count} each for "
                      "{people} allows ({room})."),
    QT_TRANSLATE_NOOP("Service", "{votes} on this card were given by name: take them back by "
                      "name first."),
    QT_TRANSLATE_NOOP("Service", "Dot voting is off on “{worksheet}”: set the votes per person "
                      "first."),
    QT_TRANSLATE_NOOP("Service", "Dot voting is off on “{worksheet}”."),
    QT_TRANSLATE_NOOP("Service", "This idea is waiting for approval: it takes dots once it is "
                      "on the board."),
    # A cell that does not fit its column (domain.cells)
    QT_TRANSLATE_NOOP("Service", "{column}: '{value}' is not one of: {choices}"),
    QT_TRANSLATE_NOOP("Service", "{column}: '{value}' is not one of the choices"),
    QT_TRANSLATE_NOOP("Service", "{column}: '{value}' is not a date (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("Service", "{column}: '{value}' is not a real date"),
    QT_TRANSLATE_NOOP("Service", "{column}: '{value}' is not a number"),
    QT_TRANSLATE_NOOP("Service", "{column}: must be a number"),
    # Dates and times typed (domain.meeting)
    QT_TRANSLATE_NOOP("Service", "date '{value}' must be written YYYY-MM-DD, e.g. 2026-12-03"),
    QT_TRANSLATE_NOOP("Service", "date '{value}' does not exist on the calendar"),
    QT_TRANSLATE_NOOP("Service", "time '{value}' must be written HH:MM (24-hour), e.g. 15:30"),
    # An edit the file did not take (services.errors)
    QT_TRANSLATE_NOOP("Service", "Not saved: the disk is full. Free some space, then try "
                      "again."),
    QT_TRANSLATE_NOOP("Service", "Not saved: the workshop file cannot be written (read-only). "
                      "Use File > Save as… to keep a copy elsewhere."),
    QT_TRANSLATE_NOOP("Service", "Not saved: the disk could not be written (was it removed?). "
                      "Check it, then try again."),
    QT_TRANSLATE_NOOP("Service", "Not saved: another program is using the workshop file. "
                      "Close it, then try again."),
    QT_TRANSLATE_NOOP("Service", "Not saved: the workshop file is damaged. Use File > Restore "
                      "from a backup… to go back to a good copy."),
    QT_TRANSLATE_NOOP("Service", "Not saved: the workshop file could not be written ({reason})."
                      " Try again."),
    QT_TRANSLATE_NOOP("Service", "Could not read the workshop file: check that its disk is "
                      "still there, then try again."),
    QT_TRANSLATE_NOOP("Service", "{file} is open read-only: changes are not saved. Use File > "
                      "Save as… to work on a copy."),
    QT_TRANSLATE_NOOP("Service", "{file} is open read-only: changes are not saved."),
    # Opening a file (storage)
    QT_TRANSLATE_NOOP("Service", "{file}: is already open for editing by {holder}; close it "
                      "there first, or open it read-only"),
    QT_TRANSLATE_NOOP("Service", "{file}: is being opened and closed by another program; try "
                      "again"),
    QT_TRANSLATE_NOOP("Service", "{file}: is in use by another program (it holds a lock on the "
                      "file); close that program, or wait a moment, and try again"),
    QT_TRANSLATE_NOOP("Service", "{file}: cannot be edited because {reason}; it can be opened "
                      "read-only"),
    QT_TRANSLATE_NOOP("Service", "{file}: was written by a newer version of Facilitator (file "
                      "version {version}, this app reads up to {newest}); please update "
                      "Facilitator"),
    QT_TRANSLATE_NOOP("Service", "{file}: was made by an older version of Facilitator; open it "
                      "for editing once to upgrade it (a copy of the old file is kept)"),
    QT_TRANSLATE_NOOP("Service", "{file}: the workshop file is damaged: {reason}"),
    QT_TRANSLATE_NOOP("Service", "{file}: the workshop file is damaged ({reason})"),
    QT_TRANSLATE_NOOP("Service", "{file}: is not a Facilitator workshop file"),
    QT_TRANSLATE_NOOP("Service", "{file}: is a database, but not a Facilitator workshop file"),
    QT_TRANSLATE_NOOP("Service", "{file}: is empty, not a workshop file"),
    QT_TRANSLATE_NOOP("Service", "{file}: is a folder, not a workshop file"),
    QT_TRANSLATE_NOOP("Service", "{file}: already exists; choose another name"),
    # Values that are sentences of their own
    QT_TRANSLATE_NOOP("Service", "another Facilitator window"),
    QT_TRANSLATE_NOOP("Service", "its folder is read-only"),
    QT_TRANSLATE_NOOP("Service", "the file is read-only"),
    QT_TRANSLATE_NOOP("Service", "it is cut short"),
)

# Counted words inside a message's values: "3 votes", "1 person".
_COUNTED = (
    (re.compile(r"(\d+) votes?\Z"),
     QT_TRANSLATE_NOOP("Service", "1 vote"), QT_TRANSLATE_NOOP("Service", "{count} votes")),
    (re.compile(r"(\d+) (?:person|people)\Z"),
     QT_TRANSLATE_NOOP("Service", "1 person"), QT_TRANSLATE_NOOP("Service", "{count} people")),
)

Pattern = tuple["re.Pattern[str]", str, tuple[str, ...]]
_compiled: list[Pattern] = []


def _patterns() -> list[Pattern]:
    if not _compiled:
        for source in MESSAGES:
            parts = re.split(r"\{(\w+)\}", source)
            fixed, names = parts[0::2], tuple(parts[1::2])
            regex = "".join(re.escape(text) + (f"(?P<{name}>.+?)" if i < len(names) else "")
                            for i, (text, name) in enumerate(zip(fixed, (*names, ""),
                                                                 strict=True)))
            _compiled.append((re.compile(regex + r"\Z", re.DOTALL), source, names))
    return _compiled


def _value(text: str, term: Callable[[str], str]) -> str:
    for regex, one, many in _COUNTED:
        match = regex.match(text)
        if match:
            count = int(match[1])
            return QCoreApplication.translate(CONTEXT, one) if count == 1 else \
                QCoreApplication.translate(CONTEXT, many).format(count=count)
    inner = shown_message(text, term)
    return inner if inner != text else term(text)


def shown_message(message: str, term: Callable[[str], str] | None = None) -> str:
    """`message` (one line from the services, storage or domain) in the app's language;
    `term` shows a template word in the workshop's language."""
    if translator.current == "en" or not message:
        return message
    term = term or (lambda text: text)
    for regex, source, names in _patterns():
        match = regex.match(message)
        if match is None:
            continue
        target = QCoreApplication.translate(CONTEXT, source)
        if target == source:
            return message   # no Spanish for it (yet): as it came
        try:
            return target.format(**{name: _value(match[name], term) for name in names})
        except (KeyError, IndexError, ValueError):
            return message
    return message
