"""A headless accessibility audit of a window, read through Qt's accessibility interface (what a
screen reader gets): every control a person can use has a name and a role, and every control
that takes the focus is reached by pressing Tab (no keyboard trap on the way)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

# Widgets a person operates, even those that never take the focus (a mouse-only button).
CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QAbstractSlider, QComboBox,
            QLineEdit, QPlainTextEdit, QTextEdit, QGraphicsView, QTabBar)


def _inner_part(widget: QWidget) -> bool:
    """A piece of a composite Qt control, named and announced through its owner."""
    if widget.objectName().startswith("qt_"):       # scroll-area viewports, spin-box editors
        return True
    if isinstance(widget, (QHeaderView, QScrollBar)):  # read out through the view they serve
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return True
    return isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox))


def _has_role(widget: QWidget, interface: QAccessibleInterface | None) -> bool:
    """A role a screen reader can announce. "Client" (a plain pane) is what Qt gives scroll
    areas, which is right for them; on anything else it means Qt does not know the control."""
    if interface is None or interface.role() == QAccessible.Role.NoRole:
        return False
    return interface.role() != QAccessible.Role.Client or isinstance(widget, QAbstractScrollArea)


def _is_control(widget: QWidget, root: QWidget) -> bool:
    if not widget.isVisibleTo(root) or _inner_part(widget):
        return False
    takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()
    return isinstance(widget, CONTROLS) or (takes_tab and not widget.inherits("QLabel")
                                             and widget is not root)


def describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    return (f"{type(widget).__name__} {widget.objectName()!r} in "
            f"{type(parent).__name__ if parent else '-'} {parent.objectName() if parent else ''}")


@dataclass
class Audit:
    controls: int = 0
    named: int = 0
    described: int = 0
    unnamed: list[str] = field(default_factory=list)
    no_role: list[str] = field(default_factory=list)
    focusable: list[QWidget] = field(default_factory=list)
    undescribed: list[QWidget] = field(default_factory=list)

    def problems(self) -> list[str]:
        return [f"no name: {w}" for w in self.unnamed] + [f"no role: {w}" for w in self.no_role]


def audit(root: QWidget) -> Audit:
    """Names and roles of every visible control under `root` (the window itself included)."""
    result = Audit()
    for widget in [root, *root.findChildren(QWidget)]:
        if not _is_control(widget, root):
            continue
        result.controls += 1
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface else ""
        if name:
            result.named += 1
        else:
            result.unnamed.append(describe(widget))
        if interface is not None and interface.text(QAccessible.Text.Description).strip():
            result.described += 1
        else:
            result.undescribed.append(widget)
        if not _has_role(widget, interface):
            result.no_role.append(describe(widget))
        if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            result.focusable.append(widget)
    return result


def tab_walk(root: QWidget, start: QWidget, *, max_presses: int = 3000) -> tuple[set[int], int]:
    """Press Tab (real key events) from `start` until the focus comes back to it: the ids of the
    widgets that had the focus, and the number of presses. A trap never comes back."""
    assert QApplication.activeWindow() is root.window(), "keys go to the active window only"
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    reached: set[int] = set()
    left = False
    for presses in range(1, max_presses + 1):
        focus = QApplication.focusWidget()
        assert focus is not None, "the focus went nowhere"
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is None:
            continue
        owner = _owner(focus)
        if owner is not start:
            left = True
        elif left:
            return reached, presses
        if root.isAncestorOf(owner) or owner is root:
            reached.add(id(owner))
    return reached, max_presses


def _owner(widget: QWidget) -> QWidget:
    """The control a focused piece belongs to: a cell editor's table, a combo box's line edit's
    combo box."""
    view: QWidget | None = None
    box: QWidget | None = None
    at = widget.parentWidget()
    while at is not None:
        if isinstance(at, QAbstractItemView):
            view = at                                   # the outermost one wins
        elif box is None and isinstance(at, (QComboBox, QAbstractSpinBox)):
            box = at
        at = at.parentWidget()
    return view or box or widget
