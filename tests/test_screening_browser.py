"""In a real browser (headless Chromium, as tests/test_room_browser.py): in a screened room the
phone that sent an idea sees it "waiting for the facilitator", in English and in Spanish, as
text; another phone's waiting idea is not on its page."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

from facilitator.services import screening
from facilitator.services.workshop import open_workshop
from tests.helpers import ROOT, make_workshop
from tests.test_room_browser import _wait
from tests.test_room_browser import browser as browser  # the fixture: headless Chromium


def _waiting(path: Path) -> list[str]:
    with open_workshop(path, readonly=True) as ws:
        return [i.text for i in screening.pending_ideas(ws, "brainstorm")]


def test_the_sender_sees_its_idea_waiting_in_english_and_spanish(tmp_path: Path,
                                                                  browser: Any) -> None:
    from selenium.webdriver.common.by import By

    path = make_workshop(tmp_path)
    room = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "room", str(path), "--listen", "127.0.0.1:0",
         "--ideas", "brainstorm", "--screening"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert room.stdout is not None
        address = room.stdout.readline().split()[1]
        other = {"phone": "e" * 32, "id": "otherphone2", "kind": "idea",
                 "text": "Another phone's idea", "category": "leaders", "lane": "could"}
        request = urllib.request.Request(address + "submit", json.dumps(other).encode(),
                                         {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as answer:
            assert json.load(answer)["waiting"] is True
        browser.get(address)
        by_id = browser.find_element
        _wait(lambda: by_id(By.ID, "ideas").is_displayed(), "the idea form")
        assert not by_id(By.ID, "waiting-box").is_displayed()   # nothing of its own waits
        by_id(By.ID, "text").send_keys("Quiet <i>room</i> for staff")
        by_id(By.CSS_SELECTOR, "#idea-form button[type=submit]").click()
        _wait(lambda: "Quiet <i>room</i> for staff" in _waiting(path), "the waiting idea")
        _wait(lambda: by_id(By.ID, "status").text ==
              "Sent. It reaches the screen once the facilitator approves it.", "the note")
        _wait(lambda: by_id(By.ID, "waiting-box").is_displayed(), "the waiting list")
        assert by_id(By.ID, "waiting-h").text == "Waiting for the facilitator"
        item = by_id(By.CSS_SELECTOR, "#waiting li")
        assert item.text == "Quiet <i>room</i> for staff"          # as text, not markup
        assert item.get_attribute("aria-label") == \
            "Waiting for the facilitator: Quiet <i>room</i> for staff"
        assert "Another phone" not in by_id(By.ID, "ideas").text

        by_id(By.ID, "lang").click()
        _wait(lambda: by_id(By.ID, "waiting-h").text == "Esperando al facilitador",
              "the Spanish heading")
        assert by_id(By.CSS_SELECTOR, "#waiting li").get_attribute("aria-label") == \
            "Esperando al facilitador: Quiet <i>room</i> for staff"
        browser.refresh()                     # after a reload: still there, still Spanish
        _wait(lambda: by_id(By.ID, "waiting-box").is_displayed(), "the list after a reload")
        assert by_id(By.ID, "waiting-h").text == "Esperando al facilitador"
    finally:
        room.send_signal(signal.SIGTERM)
        room.communicate(timeout=30)
    assert room.returncode == 0
    assert sorted(_waiting(path)) == ["Another phone's idea", "Quiet <i>room</i> for staff"]
