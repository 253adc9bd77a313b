"""What the numeric keypad and the on-screen keyboard share: keys named ``key_<char>``,
``key_backspace``, ``key_clear`` (and ``key_space``) that type into a target line edit through
``insert``, ``backspace`` and ``clear`` (never while it is read-only), and texts renewed on a
language change.

Subclasses lay the keys out, and keep ``retranslate_ui`` (and its ``tr()`` strings) themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.widgets.big_button import BigButton


class KeyBlock(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._target: QLineEdit | None = None
        self.keys: dict[str, BigButton] = {}

    def _key(self, key_id: str, text: str) -> BigButton:
        button = BigButton(key_id, "key", self)
        button.setText(text)
        if key_id == "key_backspace":
            button.clicked.connect(self._backspace)
        elif key_id == "key_clear":
            button.clicked.connect(self._clear)
        elif key_id == "key_space":
            button.clicked.connect(lambda: self._type(" "))
        else:
            button.clicked.connect(lambda _=False, ch=text: self._type(ch))
        self.keys[key_id] = button
        return button

    def set_target(self, line_edit: QLineEdit | None) -> None:
        self._target = line_edit

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _editable_target(self) -> QLineEdit | None:
        """The target, unless there is none or it is read-only."""
        target = self._target
        return target if target is not None and not target.isReadOnly() else None

    def _type(self, char: str) -> None:
        target = self._editable_target()
        if target is not None:
            target.insert(char)

    def _backspace(self) -> None:
        target = self._editable_target()
        if target is not None:
            target.backspace()

    def _clear(self) -> None:
        target = self._editable_target()
        if target is not None:
            target.clear()
