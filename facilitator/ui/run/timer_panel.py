"""The timer and its controls on the facilitator's side: remaining or overtime in a colour,
the session's projected end and how far ahead or behind plan it runs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.timer import TimerState, format_clock
from facilitator.domain.timer_speech import tone_words
from facilitator.ui.kit.icons import icon
from facilitator.ui.kit.icons import loaded as icons_loaded
from facilitator.ui.kit.local_dates import clock
from facilitator.ui.kit.style import tone_style
from facilitator.ui.run.runner import RunController
from facilitator.ui.run.timer_voice import TimerVoice

BUTTON_TIPS = {"previous": QT_TRANSLATE_NOOP("Timer", "Previous agenda item (Ctrl+PgUp)"),
               "start": QT_TRANSLATE_NOOP("Timer", "Start or pause the timer (Ctrl+Space or F9)"),
               "next": QT_TRANSLATE_NOOP("Timer", "Next agenda item; the one that ran is done "
                                         "(Ctrl+PgDown)"),
               "minus-minute": QT_TRANSLATE_NOOP("Timer", "One minute less for this item "
                                                 "(Ctrl+Down)"),
               "plus-minute": QT_TRANSLATE_NOOP("Timer", "One minute more for this item "
                                                "(Ctrl+Up)"),
               "rebalance": QT_TRANSLATE_NOOP("Timer", "Share the remaining time so the meeting "
                                              "ends on time (Ctrl+R)")}
# The domain's words for the timer's colour (domain.timer_speech.tone_words), for translation.
TONE_WORDS = (QT_TRANSLATE_NOOP("Timer", "Nearly time"), QT_TRANSLATE_NOOP("Timer", "Over time"))
translate = QCoreApplication.translate


def offset_words(seconds: float) -> str:
    """'on time', '3 min behind', '2 min ahead' (whole minutes, rounded), in the app's
    language (domain.agenda.format_offset says it in English)."""
    minutes = round(seconds / 60)
    if minutes == 0:
        return translate("Timer", "on time")
    if minutes > 0:
        return translate("Timer", "{minutes} min behind").format(minutes=minutes)
    return translate("Timer", "{minutes} min ahead").format(minutes=-minutes)
FLASHES = 6          # on/off changes of the zero alert
FLASH_MS = 350


class TimerPanel(QWidget):
    def __init__(self, runner: RunController) -> None:
        super().__init__()
        self.runner = runner
        self.beep_enabled = True
        self.flash_enabled = True
        self._flashes_left = 0
        self._flash_on = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.display = QLabel("0:00")
        self.display.setObjectName("timerDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setAccessibleName(translate("Timer", "Time remaining"))
        self.voice = TimerVoice(self.display)  # whole minutes for screen readers, not seconds
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setAccessibleName(translate("Timer", "Timer state"))
        layout.addWidget(self.display)
        layout.addWidget(self.status)
        grid = QGridLayout()
        self.buttons: dict[str, QToolButton] = {}
        specs = (("previous", translate("Timer", "Previous item"), runner.previous, 0, 0),
                 ("start", translate("Timer", "Start"), runner.toggle, 0, 1),
                 ("next", translate("Timer", "Next item"), runner.next, 0, 2),
                 ("minus-minute", translate("Timer", "−1 min"), lambda: runner.add_minutes(-1),
                  1, 0),
                 ("plus-minute", translate("Timer", "+1 min"), lambda: runner.add_minutes(+1),
                  1, 1))
        for name, text, slot, row, col in specs:
            button = QToolButton()
            button.setText(text)
            button.setAccessibleName(text)
            button.setToolTip(translate("Timer", BUTTON_TIPS[name]))  # a screen reader's too
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.clicked.connect(slot)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, row, col)
            self.buttons[name] = button
        self.rebalance_button = QToolButton()
        self.rebalance_button.setText(translate("Timer", "Rebalance…"))
        self.rebalance_button.setAccessibleName(translate("Timer", "Rebalance the remaining time"))
        self.rebalance_button.setToolTip(translate("Timer", BUTTON_TIPS["rebalance"]))
        self.rebalance_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.rebalance_button.setSizePolicy(QSizePolicy.Policy.Expanding,
                                            QSizePolicy.Policy.Fixed)
        self.buttons["rebalance"] = self.rebalance_button
        grid.addWidget(self.rebalance_button, 1, 2)
        layout.addLayout(grid)
        self.facts = QLabel()
        self.facts.setObjectName("sessionFacts")
        self.facts.setWordWrap(True)
        self.facts.setAccessibleName(translate("Timer", "Projected end and schedule"))
        layout.addWidget(self.facts)
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._flash_step)
        runner.tick.connect(self.refresh)
        runner.state_changed.connect(self.refresh)
        runner.alert.connect(self.on_alert)
        self.refresh()

    @property
    def flashing(self) -> bool:
        return self._flash_on

    def set_icons(self) -> None:
        for name, button in self.buttons.items():
            button.setIcon(icon("pause" if name == "start" and self.runner.running else name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:   # the clock's words, even when paused
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        runner, now = self.runner, self.runner.now()
        timer = runner.timer
        text = format_clock(timer.remaining(now))
        if self.display.text() != text:
            self.display.setText(text)
        self.voice.update(runner.current, timer.remaining(now), running=timer.running)
        tone = timer.tone(now)
        style = tone_style(tone, flash=self._flash_on)
        if self.display.styleSheet() != style:  # re-polishing every tick would cost CPU
            self.display.setStyleSheet(style)
        state = timer.state()
        status = {TimerState.READY: translate("Timer", "Not started — Ctrl+Space starts"),
                  TimerState.RUNNING: translate("Timer", "Running"),
                  TimerState.PAUSED: translate("Timer", "Paused — Ctrl+Space resumes")}[state]
        words = tone_words(tone)  # colour is never the only signal
        words = translate("Timer", words) if words else ""
        status = f"{words} · {status}" if words else status
        if self.status.text() != status:
            self.status.setText(status)
            self.display.setAccessibleDescription(status)
        start = self.buttons["start"]
        label = {TimerState.READY: translate("Timer", "Start"),
                 TimerState.RUNNING: translate("Timer", "Pause"),
                 TimerState.PAUSED: translate("Timer", "Resume")}[state]
        if start.text() != label:
            start.setText(label)
            start.setAccessibleName(label)
            if icons_loaded():  # else set_icons() follows once the icons are loaded
                start.setIcon(icon("pause" if state is TimerState.RUNNING else "start"))
        self.buttons["previous"].setEnabled(runner.current > 0)
        self.buttons["next"].setEnabled(runner.current < len(runner.timers) - 1)
        facts = [translate("Timer", "Projected end {time}").format(
                     time=clock(runner.projected_end())),
                 offset_words(runner.behind_s())]
        planned_end = runner.planned_end()
        if planned_end is not None:
            facts.append(translate("Timer", "planned end {time}").format(time=clock(planned_end)))
        self.facts.setText(" · ".join(facts))

    def on_alert(self) -> None:
        if self.beep_enabled:
            QApplication.beep()
        if self.flash_enabled:
            self._flashes_left = FLASHES
            self._flash_timer.start()

    def _flash_step(self) -> None:
        self._flash_on = not self._flash_on and self._flashes_left > 1
        self._flashes_left -= 1
        if self._flashes_left <= 0:
            self._flash_on = False
            self._flash_timer.stop()
        self.refresh()
