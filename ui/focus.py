"""The keypad's focus: which control of the shown screen the keypad acts on, the ring that shows
it, and what each keypad action does to the screen.

The focus is the window's own, not Qt's keyboard focus: touch buttons never take Qt's focus, so a
wedge scanner keeps typing into the screen's field whatever the keypad points at. The controls are
the screen's visible, enabled buttons and fields in reading order: rows from the top, left to right
in a row (an on-screen keyboard is rows of keys). Left and Right go through all of them in that
order (wrapping round); Up and Down jump to the nearest control of the row above or below. A new
screen starts on its field, else on its main button. Digits type through the screen's own keys (so
the field's rules apply), Enter presses the focused control (on a field: the screen's submit),
Back presses the screen's Back, Clear its Clear key. While the idle question covers the screen,
only its button can be reached. The other actions (help, repeat, volume, rate) go out as
``command`` for the app.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from kiosk import views
from kiosk.accessibility.keypad_map import DIGITS, KeyAction
from kiosk.accessibility.narrator import Focus, FocusKind
from kiosk.speech.spoken_texts import STAFF_SCREENS  # maintenance and the staff stations
from ui.palettes import FOCUS_RING

NOT_FOCUSED = frozenset({"staff_corner"})
MAIN_ROLES = ("primary", "big")
RING_OUTER, RING_INNER = (QColor(colour) for colour in FOCUS_RING)  # yellow round black
RING_WIDTH = 6
_MOVES = frozenset({KeyAction.UP, KeyAction.DOWN, KeyAction.LEFT, KeyAction.RIGHT})
_TRACKED = frozenset({QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Hide})


def focusable(container: QWidget) -> list[QWidget]:
    """The controls of ``container`` the keypad can reach, in reading order."""
    controls = [
        w
        for w in container.findChildren(QWidget)
        if w.objectName()
        and w.objectName() not in NOT_FOCUSED
        and w.isVisible()
        and w.isEnabled()
        and (isinstance(w, QAbstractButton) or (isinstance(w, QLineEdit) and not w.isReadOnly()))
    ]
    return [w for row in rows(controls, container) for w in row]


def rows(controls: Sequence[QWidget], container: QWidget) -> list[list[QWidget]]:
    """``controls`` in rows: a control whose top is above the bottom of a row's first control
    joins that row; each row left to right."""
    boxes = [(QRect(w.mapTo(container, QPoint(0, 0)), w.size()), w) for w in controls]
    boxes.sort(key=lambda box: (box[0].top(), box[0].left()))
    grouped: list[list[tuple[QRect, QWidget]]] = []
    for box in boxes:
        if grouped and box[0].top() < grouped[-1][0][0].bottom():
            grouped[-1].append(box)
        else:
            grouped.append([box])
    return [[w for _, w in sorted(row, key=lambda box: box[0].left())] for row in grouped]


def plain_value(field: QLineEdit) -> str:
    """What a field holds without its display grouping (digits, a tracking number)."""
    for name in ("value", "digits"):  # the tracking field's and the digit fields' properties
        value = getattr(field, name, None)
        if isinstance(value, str):
            return value
    return field.text()


def describe(widget: QWidget) -> Focus:
    if isinstance(widget, QLineEdit):
        return Focus(FocusKind.FIELD, widget.objectName(), value=plain_value(widget))
    assert isinstance(widget, QAbstractButton)
    label = widget.accessibleName() or widget.text()
    kind = FocusKind.KEY if widget.property("role") == "key" else FocusKind.BUTTON
    return Focus(kind, widget.objectName(), label=" ".join(label.split()))


class FocusRing(QWidget):
    """A thick yellow-and-black frame around the focused control, above everything, never in the
    way of a touch."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.hide()

    def surround(self, target: QWidget) -> None:
        window = self.parentWidget()
        assert window is not None
        pad = 2 * RING_WIDTH
        rect = QRect(target.mapTo(window, QPoint(0, 0)), target.size())
        self.setGeometry(rect.adjusted(-pad, -pad, pad, pad))
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        half = RING_WIDTH // 2
        for color, inset in ((RING_OUTER, half), (RING_INNER, RING_WIDTH + half)):
            painter.setPen(QPen(color, RING_WIDTH))
            painter.drawRect(self.rect().adjusted(inset, inset, -inset - 1, -inset - 1))
        painter.end()


class KeypadFocus(QObject):
    """The keypad's focus over ``window`` (ui.main_window.MainWindow: ``stack``, ``idle_overlay``
    and ``screen_shown``)."""

    focus_moved = Signal(object)  # Focus: the control the focus moved to
    focus_widget = Signal(object)  # QWidget: the same control, for the page to scroll to
    typed = Signal(str)  # a character typed from the keypad
    command = Signal(str)  # help, repeat, volume_up, volume_down, rate_up, rate_down

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.ring = FocusRing(window)
        self.current: QWidget | None = None
        self.engaged = False  # a keypad key was pressed in this visit: the ring shows
        self._screen = ""
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(0)
        self._settle.timeout.connect(lambda: self._place_initial(announce=False))

    # ---- the window tells it --------------------------------------------------------------

    def screen_shown(self, name: str) -> None:
        changed = name != self._screen
        self._screen = name
        if name == views.HOME and changed:
            self.engaged = False  # a new visit (or the same customer back home): no ring
        if changed or (self.current is not None and not self._reachable(self.current)):
            self._focus(None)
            if self.engaged:
                self._settle.start()  # once the new screen is laid out

    @property
    def active(self) -> bool:
        return self._screen not in STAFF_SCREENS

    # ---- keypad actions -------------------------------------------------------------------

    def act(self, action: str) -> None:
        if not self.active:
            return
        if action not in _MOVES and action not in (KeyAction.ENTER, KeyAction.BACK):
            if action in DIGITS:
                self._type_digit(action)
            elif action == KeyAction.CLEAR:
                self._clear()
            else:
                self.command.emit(action)
            return
        self.engaged = True
        if self.current is None or not self._reachable(self.current):
            self._place_initial()
            if action in _MOVES:
                return  # the first key only shows where the focus is
        if action in _MOVES:
            self._move(KeyAction(action))
        elif action == KeyAction.ENTER:
            self._enter()
        else:
            self._press_named("back")

    # ---- inside ---------------------------------------------------------------------------

    def _container(self) -> QWidget:
        overlay = getattr(self._window, "idle_overlay", None)
        if isinstance(overlay, QWidget) and overlay.isVisible():
            return overlay
        stack = self._window.stack  # type: ignore[attr-defined]
        current: QWidget = stack.currentWidget()
        return current

    def _reachable(self, widget: QWidget) -> bool:
        return widget in focusable(self._container())

    def _place_initial(self, *, announce: bool = True) -> None:
        """The screen's field, else its main button, else its first control. Not said when a
        new screen shows (its own words say what to do; the focus would cut them off)."""
        controls = focusable(self._container())
        fields = [w for w in controls if isinstance(w, QLineEdit)]
        main = [w for w in controls if w.property("role") in MAIN_ROLES]
        first = (fields or main or controls or [None])[0]
        self._focus(first, announce=announce and first is not None)

    def _focus(self, widget: QWidget | None, *, announce: bool = False) -> None:
        if self.current is not None:
            self.current.removeEventFilter(self)
        self.current = widget
        if widget is None or not self.engaged:
            self.ring.hide()
            return
        widget.installEventFilter(self)
        self.focus_widget.emit(widget)
        self.ring.surround(widget)
        if announce:
            self.focus_moved.emit(describe(widget))

    def _move(self, action: KeyAction) -> None:
        assert self.current is not None
        container = self._container()
        if action in (KeyAction.LEFT, KeyAction.RIGHT):
            controls = focusable(container)
            step = 1 if action == KeyAction.RIGHT else -1
            index = (controls.index(self.current) + step) % len(controls)
            self._focus(controls[index], announce=True)
            return
        grid = rows(focusable(container), container)
        row = next(i for i, r in enumerate(grid) if self.current in r)
        target_row = row + (1 if action == KeyAction.DOWN else -1)
        if not 0 <= target_row < len(grid):
            self._focus(self.current, announce=True)  # the edge: say where the focus stays
            return
        x = self.current.mapTo(container, self.current.rect().center()).x()
        nearest = min(
            grid[target_row], key=lambda w: abs(w.mapTo(container, w.rect().center()).x() - x)
        )
        self._focus(nearest, announce=True)

    def _enter(self) -> None:
        widget = self.current
        if isinstance(widget, QLineEdit):
            self._press_named("submit")
        elif isinstance(widget, QAbstractButton):
            name, text = widget.objectName(), widget.text()
            widget.click()
            if name.startswith("key_") and len(text) == 1:
                self.typed.emit(text)
            elif name in ("key_backspace", "key_clear"):
                self._announce_field()

    def _press_named(self, name: str) -> bool:
        for button in self._container().findChildren(QAbstractButton, name):
            if button.isVisible() and button.isEnabled():
                button.click()
                return True
        return False

    def _field(self) -> QLineEdit | None:
        fields = [w for w in focusable(self._container()) if isinstance(w, QLineEdit)]
        return fields[0] if fields else None

    def _type_digit(self, digit: str) -> None:
        if not self._press_named(f"key_{digit}"):
            return
        self.typed.emit(digit)
        on_keys = self.current is not None and self.current.objectName().startswith("key_")
        if self.engaged and not on_keys:
            self._focus(self._field())

    def _clear(self) -> None:
        if self._press_named("key_clear"):
            if self.engaged:
                self._focus(self._field())
            self._announce_field()

    def _announce_field(self) -> None:
        field = self._field()
        if field is not None:
            self.focus_moved.emit(describe(field))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.current and event.type() in _TRACKED:
            if event.type() == QEvent.Type.Hide:
                self.ring.hide()
            elif isinstance(watched, QWidget):
                self.ring.surround(watched)
        return False
