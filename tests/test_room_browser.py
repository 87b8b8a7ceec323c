"""End to end in a real browser: headless Chromium (Debian's chromium and chromium-driver)
driven by Selenium joins `facilitator room` by its address, adds an idea, gives a dot, rates a
card, reloads mid-way and carries on, switches to Spanish; a participant fills their own copy of
the check-in's reflection; the workshop file changes each time.

Needs /usr/bin/chromium and /usr/bin/chromedriver (`./dev setup` installs them on Debian and
Ubuntu); where they are missing the test fails and says so rather than passing silently.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from facilitator.services.ideas import add_idea, read_ideas, update_idea
from facilitator.services.people import read_participants
from facilitator.services.ratings import read_ratings
from facilitator.services.tables import read_table
from facilitator.services.votes import set_votes_per_person
from facilitator.services.workshop import open_workshop
from tests.helpers import ROOT, make_workshop

CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
# The machine has no network: without these Chromium keeps trying to reach Google's hosts.
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=390,844")


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    assert shutil.which(CHROMIUM) and shutil.which(DRIVER), \
        "install Debian's chromium and chromium-driver (./dev setup does) to run this test"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=DRIVER))
    try:
        yield driver
    finally:
        driver.quit()


def _wait(check: Callable[[], Any], what: str, seconds: float = 15.0) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            found = check()
        except Exception:  # the page is still rendering (stale or missing elements)
            found = None
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _read(path: Path) -> tuple[list[tuple[str, int]], dict[str, dict[str, tuple[int, int]]]]:
    with open_workshop(path, readonly=True) as ws:
        return ([(i.text, i.votes) for i in read_ideas(ws, "brainstorm")],
                read_ratings(ws, "prioritize"))


def test_a_phone_takes_part_from_its_browser(tmp_path: Path, browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    path = make_workshop(tmp_path)
    with open_workshop(path) as ws:
        set_votes_per_person(ws, "brainstorm", 2)
        seeded = int(add_idea(ws, "brainstorm", "Mentoring", "leaders", "taking").ids[0])
        update_idea(ws, seeded, explore=True)
    room = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "room", str(path), "--listen", "127.0.0.1:0",
         "--ideas", "brainstorm", "--dots", "brainstorm", "--ratings", "prioritize"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert room.stdout is not None
        address = room.stdout.readline().split()[1]
        browser.get(address)
        by_id = browser.find_element

        # Add an idea.
        _wait(lambda: by_id(By.ID, "ideas").is_displayed(), "the idea form")
        assert by_id(By.ID, "ideas-h").text == "Brainstorm other possible district actions"
        Select(by_id(By.ID, "category")).select_by_visible_text("Great job")
        Select(by_id(By.ID, "lane")).select_by_visible_text(
            "Other actions the district could take")
        by_id(By.ID, "text").send_keys("Paid time for <b>supervision</b>")
        by_id(By.CSS_SELECTOR, "#idea-form button[type=submit]").click()
        _wait(lambda: "Paid time for <b>supervision</b>" in dict(_read(path)[0]), "the idea")
        _wait(lambda: by_id(By.ID, "status").text == "Sent. Thank you!", "the thank-you")
        # The new card arrives on the phone's own board, as text.
        _wait(lambda: len(browser.find_elements(By.CSS_SELECTOR, "#dot-cards li")) == 2,
              "the new card among the dot cards")
        assert "Paid time for <b>supervision</b>" in by_id(By.ID, "dot-cards").text

        # Give a dot, reload, and carry on with the same identity.
        browser.find_elements(By.CSS_SELECTOR, "#dot-cards li button")[0].click()
        _wait(lambda: dict(_read(path)[0])["Mentoring"] == 1, "the dot")
        browser.refresh()
        _wait(lambda: by_id(By.ID, "dots-left").text == "Dots left: 1", "the dots left")
        assert "1 of your dots" in by_id(By.ID, "dot-cards").text

        # Rate the card. Another phone's idea arrives while this one is choosing: the choice
        # made but not yet saved stays (the list is not rebuilt under the phone's fingers).
        card = by_id(By.CSS_SELECTOR, "#rate-cards li")
        Select(card.find_element(By.ID, "impact-0")).select_by_value("5")
        category = by_id(By.CSS_SELECTOR, "#category option")
        other = {"phone": "c" * 32, "id": "otherphone1", "kind": "idea",
                 "text": "From another phone", "category": "leaders", "lane": "could"}
        request = urllib.request.Request(address + "submit", json.dumps(other).encode(),
                                         {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as answer:
            assert answer.status == 200
        _wait(lambda: "From another phone" in by_id(By.ID, "dot-cards").text,
              "the other phone's idea on this phone")
        card = by_id(By.CSS_SELECTOR, "#rate-cards li")
        assert Select(card.find_element(By.ID, "impact-0")).first_selected_option.text == "5"
        # Nor are the idea form's choices made again (that closes an open picker on a phone,
        # and under load left the test holding options the page had thrown away).
        assert category.is_enabled() and category.text == "Great organization"
        Select(card.find_element(By.ID, "ease-0")).select_by_value("2")
        card.find_element(By.TAG_NAME, "button").click()
        _wait(lambda: list(_read(path)[1].get(f"idea:{seeded}", {}).values()) == [(5, 2)],
              "the rating")
        _wait(lambda: "Your rating: impact 5, ease 2" in by_id(By.ID, "rate-cards").text,
              "the rating on the phone")

        # The Wi-Fi drops while an idea is sent: the phone keeps it and sends it once, later.
        browser.set_network_conditions(offline=True, latency=0, download_throughput=-1,
                                       upload_throughput=-1)
        by_id(By.ID, "text").send_keys("Sent while offline")
        by_id(By.CSS_SELECTOR, "#idea-form button[type=submit]").click()
        _wait(lambda: by_id(By.ID, "status").text.startswith("Reconnecting"), "the retry note")
        outbox = browser.execute_script(
            "return localStorage.getItem('facilitator-room:' + location.pathname.split('/')[1]"
            " + ':outbox')")
        assert "Sent while offline" in outbox
        assert "Sent while offline" not in dict(_read(path)[0])
        browser.set_network_conditions(offline=False, latency=0, download_throughput=-1,
                                       upload_throughput=-1)
        _wait(lambda: "Sent while offline" in dict(_read(path)[0]), "the idea after the drop",
              seconds=30)

        # Spanish, and it stays Spanish after a reload.
        by_id(By.ID, "lang").click()
        _wait(lambda: by_id(By.CSS_SELECTOR, "#idea-form button").text == "Añadir idea",
              "the Spanish page")
        browser.refresh()
        _wait(lambda: by_id(By.ID, "dots-left").text == "Puntos restantes: 1", "Spanish again")
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
        # Nothing the page showed ran as markup: no <b> element came from the idea.
        assert browser.find_elements(By.CSS_SELECTOR, "#dot-cards b") == []
    finally:
        room.send_signal(signal.SIGTERM)
        room.communicate(timeout=30)
    assert room.returncode == 0
    ideas, ratings = _read(path)
    assert sorted(ideas) == [("From another phone", 0), ("Mentoring", 1),
                             ("Paid time for <b>supervision</b>", 0), ("Sent while offline", 0)]
    assert list(ratings[f"idea:{seeded}"].values()) == [(5, 2)]


def test_a_participant_fills_their_own_worksheet_from_a_phone(tmp_path: Path,
                                                               browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    path = make_workshop(tmp_path, "check-in")
    with open_workshop(path, readonly=True) as ws:
        ana = next(p.id for p in read_participants(ws) if p.name == "Ana Núñez")
    room = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "room", str(path), "--listen", "127.0.0.1:0",
         "--sheet", "reflection"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=ROOT)

    def answers() -> dict[str, str]:
        with open_workshop(path, readonly=True) as ws:
            return {r.key: str(r.cells.get("answer", "")) for r in
                    read_table(ws, "reflection", participant=ana) if r.cells.get("answer")}

    try:
        assert room.stdout is not None
        address = room.stdout.readline().split()[1]
        browser.get(address)
        by_id = browser.find_element
        _wait(lambda: by_id(By.ID, "sheet").is_displayed(), "the worksheet")
        assert by_id(By.ID, "sheet-h").text == "School Mental Health Support Staff Reflection"
        # No name yet: the answers wait for one.
        assert by_id(By.ID, "sheet-who").is_displayed()
        assert not by_id(By.ID, "sheet-send").is_enabled()
        Select(by_id(By.ID, "person")).select_by_visible_text("Ana Núñez")
        _wait(lambda: by_id(By.ID, "sheet-send").is_enabled(), "the send button")
        by_id(By.ID, "sheet-role-answer").send_keys("Counselor")
        by_id(By.ID, "sheet-barriers-answer").send_keys("<img src=x onerror=alert(1)> no room")
        browser.execute_script("window.scrollTo(0, 0)")
        browser.save_screenshot(str(tmp_path / "sheet.png"))   # to look at by hand
        by_id(By.ID, "sheet-send").click()
        _wait(lambda: answers() == {"role": "Counselor",
                                    "barriers": "<img src=x onerror=alert(1)> no room"},
              "Ana's answers in her own copy")
        # After a reload the phone shows what it sent for Ana (and only that), marked as sent.
        browser.refresh()
        _wait(lambda: by_id(By.ID, "sheet-role-answer").get_attribute("value") == "Counselor",
              "the answer sent, after a reload")
        assert len(browser.find_elements(By.CSS_SELECTOR, "#sheet .sent")) == 2
        assert browser.find_elements(By.CSS_SELECTOR, "#sheet img") == []
        # Sending again without a change sends nothing.
        by_id(By.ID, "sheet-send").click()
        _wait(lambda: by_id(By.ID, "status").text == "Nothing new to send.", "nothing new")
        by_id(By.ID, "lang").click()
        _wait(lambda: by_id(By.ID, "sheet-send").text == "Enviar mis respuestas", "Spanish")
    finally:
        room.send_signal(signal.SIGTERM)
        out, _ = room.communicate(timeout=30)
    assert room.returncode == 0
    assert "1 filled a worksheet" in out
    assert answers() == {"role": "Counselor", "barriers": "<img src=x onerror=alert(1)> no room"}
