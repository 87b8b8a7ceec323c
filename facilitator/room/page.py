"""The phone's page: resources/room (plain HTML, CSS and a little JavaScript, no build step,
nothing fetched from elsewhere), in English or Spanish."""

from __future__ import annotations

from functools import cache

from facilitator.resources import resource_path

LANGUAGES = ("en", "es")
TYPES = {".js": "text/javascript", ".css": "text/css"}


@cache
def _read(name: str) -> bytes:
    return resource_path("room", name).read_bytes()


def asset(name: str) -> tuple[bytes, str] | None:
    """A shipped script or style sheet by its plain name (room.js, room.css), or None."""
    suffix = name[name.rfind("."):]
    if suffix not in TYPES or "/" in name or name.startswith("."):
        return None
    try:
        return _read(name), TYPES[suffix]
    except OSError:
        return None


def language(accept_language: str, chosen: str = "") -> str:
    """The page's language: the one chosen on the page, else the browser's first we speak."""
    if chosen in LANGUAGES:
        return chosen
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate(accept_language.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        ranked.append((-weight, index, tag.strip().lower()[:2]))
    for _, _, tag in sorted(ranked):
        if tag in LANGUAGES:
            return tag
    return "en"


def page_html(accept_language: str, chosen: str = "") -> str:
    html = _read("index.html").decode("utf-8")
    return html.replace('lang="en"', f'lang="{language(accept_language, chosen)}"', 1)
