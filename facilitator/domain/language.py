"""The language printed documents speak: labels the app adds, and dates and times in its style.

Handouts and exports have no Qt, so they cannot use Qt's translator; a small catalogue in the
domain serves both. It works like gettext: the English text is the key (so code stays readable
and an untranslated label still prints, in English), and `Words("es")("Page {page} of {total}",
page=2, total=9)` looks the Spanish up and fills its placeholders. The Spanish lives in
`domain/labels_es.py`; tests/test_spanish_coverage.py fails when a label has none.
"""

from __future__ import annotations

from datetime import date, datetime, time

from facilitator.domain.labels_es import ES

LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
DEFAULT = "en"
# A value is the wording, or (one, many) where English says both the same way ("3 open").
_CATALOGUES: dict[str, dict[str, str | tuple[str, str]]] = {"en": {}, "es": ES}

_ES_DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")


class UnknownLanguage(ValueError):
    def __init__(self, code: str) -> None:
        super().__init__(f"language must be one of: {', '.join(LANGUAGES)} (not '{code}')")


def language_code(code: str | None) -> str:
    """'es', 'ES', 'es_MX' or 'es-419' -> 'es'; None or '' -> the default; others refused."""
    if not code:
        return DEFAULT
    base = code.strip().replace("-", "_").split("_")[0].lower()
    if base not in LANGUAGES:
        raise UnknownLanguage(code)
    return base


class Words:
    """The labels, dates and times of one language."""

    def __init__(self, language: str = DEFAULT, vocabulary: dict[str, str] | None = None) -> None:
        self.language = language_code(language)
        self._catalogue = _CATALOGUES[self.language]
        # The template's terms (statuses, choices, categories) in this language: what the room
        # picked is stored in the template's own words and shown in these.
        self.vocabulary = vocabulary or {}

    def term(self, value: str) -> str:
        """A stored status, choice or category in this language; typed text as typed."""
        return self.vocabulary.get(value.strip(), value) if value else value

    def __call__(self, text: str, /, **values: object) -> str:
        wording = self._catalogue.get(text, text)
        if isinstance(wording, tuple):
            wording = wording[1]
        return wording.format(**values) if values else wording

    t = __call__  # `words.t("...")`: the name the coverage check looks for

    def plural(self, count: int, one: str, many: str, /, **values: object) -> str:
        """`one` or `many` (both English keys), filled with `count` and `values`."""
        key = one if count == 1 else many
        wording = self._catalogue.get(key, key)
        if isinstance(wording, tuple):
            wording = wording[0 if count == 1 else 1]
        return wording.format(count=count, **values)

    # Dates and times -----------------------------------------------------------------

    def long_date(self, iso: str) -> str:
        """'2026-12-03' -> 'Thursday, December 3, 2026' / 'jueves, 3 de diciembre de 2026';
        text that is not a date is returned as written."""
        try:
            day = date.fromisoformat(iso)
        except (TypeError, ValueError):
            return iso
        return self.date(day, weekday=True)

    def date(self, day: date, *, weekday: bool = False) -> str:
        if self.language == "es":
            text = f"{day.day} de {_ES_MONTHS[day.month - 1]} de {day.year}"
            return f"{_ES_DAYS[day.weekday()]}, {text}" if weekday else text
        text = f"{day:%B} {day.day}, {day.year}"
        return f"{day:%A}, {text}" if weekday else text

    def clock(self, moment: datetime | time, *, seconds: bool = False) -> str:
        """'3:30 PM' in English; '15:30' (24-hour, as Spanish readers write it) in Spanish."""
        tail = f":{moment.second:02d}" if seconds else ""
        if self.language == "es":
            return f"{moment.hour}:{moment.minute:02d}{tail}"
        hour = moment.hour % 12 or 12
        return f"{hour}:{moment.minute:02d}{tail} {'AM' if moment.hour < 12 else 'PM'}"

    def time(self, hhmm: str) -> str:
        """'15:30' -> '3:30 PM' / '15:30'; other text as written."""
        try:
            return self.clock(time.fromisoformat(hhmm))
        except ValueError:
            return hhmm

    def date_time(self, iso: str, hhmm: str) -> str:
        """'jueves, 3 de diciembre de 2026, 15:30' / 'Thursday, December 3, 2026, 3:30 PM'."""
        day, moment = self.long_date(iso), self.time(hhmm) if hhmm else ""
        return f"{day}, {moment}" if day and moment else day or moment


ENGLISH = Words("en")
