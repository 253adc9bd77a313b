"""What every screen shares: its objectName is its screen name, it keeps the last view it was shown
and renders it again whenever the language changes, and it lays itself out in theme units."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk import views
from kiosk.accessibility.mode import AccessMode
from ui.theme import Metrics
from ui.widgets.access_bar import AccessBar
from ui.widgets.big_button import BigButton
from ui.widgets.labels import label
from ui.widgets.language_bar import LanguageBar

MARGIN = 48
SPACING = 24


class Screen(QWidget):
    """Subclasses build widgets in ``__init__``, put every text in ``retranslate_ui`` (static texts
    and those that depend on the view), and other view-dependent state in ``apply_view``.

    A screen that offers a language choice creates ``self.language_bar`` (see ``add_language_bar``);
    the window wires ``language_requested`` to the controller. On a language change Qt sends every
    widget a LanguageChange event and the screen shown re-renders in place: what was typed stays.
    A screen that offers the accessible mode's buttons creates ``self.access_bar``
    (``add_access_bar``); its taps come out as ``need_requested`` (a ``Need`` value).
    """

    name: ClassVar[str]

    language_requested = Signal(str)
    need_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.name)
        self.view: views.View | None = None
        # The screen's content scrolls when it is taller than the window (large text); at the
        # standard size it fits and no scroll bar shows.
        self.content = QWidget()
        self.content.setObjectName(f"{self.name}_content")
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setObjectName(f"{self.name}_scroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_scroll.setWidget(self.content)
        self.content.setAutoFillBackground(False)  # the window's background shows through
        self.page_scroll.viewport().setAutoFillBackground(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_scroll)
        self.root = QVBoxLayout(self.content)
        self._rows: list[QHBoxLayout] = []
        self.language_bar: LanguageBar | None = None
        self.access_bar: AccessBar | None = None

    def show_view(self, view: views.View) -> None:
        self.view = view
        self.apply_view()
        self.retranslate_ui()

    def apply_view(self) -> None:
        """Enable, disable, show or hide parts of the screen for ``self.view``."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def apply_metrics(self, metrics: Metrics) -> None:
        margin = metrics.px(MARGIN)
        self.root.setContentsMargins(margin, margin, margin, margin)
        self.root.setSpacing(metrics.px(SPACING))
        for row in self._rows:
            row.setSpacing(metrics.px(SPACING))
        if self.language_bar is not None:
            self.language_bar.apply_metrics(metrics)
        if self.access_bar is not None:
            self.access_bar.apply_metrics(metrics)

    def add_row(self, *widgets: QWidget) -> QHBoxLayout:
        """Widgets side by side, evenly sized (a bar of buttons), appended to the screen."""
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget, 1)
        self._rows.append(row)
        self.root.addLayout(row)
        return row

    @staticmethod
    def back_and_title(back_requested: SignalInstance) -> tuple[BigButton, QLabel]:
        """The Back button, which emits ``back_requested``, and the title label;
        ``add_title_row`` places them."""
        back = BigButton("back", "secondary")
        back.clicked.connect(back_requested)
        return back, label("title", name="title")

    def add_title_row(self, back: QWidget, title: QWidget) -> QHBoxLayout:
        """The top row: the Back button at its own size, the title, then the language buttons."""
        top = self.add_row(back, title)
        top.setStretch(0, 0)
        top.addWidget(self.add_language_bar(), 0)
        return top

    def add_language_bar(self, *, compact: bool = True) -> LanguageBar:
        """Create the screen's language buttons; the caller places them in its layout."""
        bar = LanguageBar(compact=compact)
        bar.language_requested.connect(self.language_requested)
        self.language_bar = bar
        return bar

    def add_language_row(self) -> LanguageBar:
        """A compact language bar in the top right corner of the screen."""
        bar = self.add_language_bar()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(bar)
        self.root.addLayout(row)
        return bar

    def add_access_bar(self) -> AccessBar:
        """Create the screen's large-text and high-contrast buttons; the caller places them."""
        bar = AccessBar()
        bar.need_toggled.connect(self.need_requested)
        self.access_bar = bar
        return bar

    def reveal(self, widget: QWidget) -> None:
        """Scroll ``widget`` (of this screen) into view: the focus moved to it."""
        if self.content.isAncestorOf(widget):
            self.page_scroll.ensureWidgetVisible(widget)

    def set_access(self, mode: AccessMode) -> None:
        if self.access_bar is not None:
            self.access_bar.set_mode(mode)
        # large text: a bar of buttons becomes a column, each button as wide as the screen
        direction = (
            QBoxLayout.Direction.TopToBottom
            if mode.large_text
            else QBoxLayout.Direction.LeftToRight
        )
        for row in self._rows:
            row.setDirection(direction)

    def set_current_language(self, code: str) -> None:
        if self.language_bar is not None:
            self.language_bar.set_current(code)

    def set_languages(self, codes: Iterable[str]) -> None:
        if self.language_bar is not None:
            self.language_bar.set_languages(codes)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class AutoHomeScreen(Screen):
    """A closing screen: texts centred between stretches, one Home button below them, and home by
    itself ``auto_home_ms`` after each view is shown (the timer stops when the screen hides).

    Subclasses create their labels, call ``place_centred`` with them, and start ``auto_home`` in
    ``apply_view``; the button's text stays in the subclass's ``retranslate_ui``. The accessible
    mode multiplies ``auto_home_ms`` by its time factor.
    """

    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, auto_home_ms: int) -> None:
        super().__init__(parent)
        self.home = BigButton("home", "primary")
        self.home.clicked.connect(self.home_requested)
        self.auto_home = QTimer(self)
        self.auto_home.setSingleShot(True)
        self._auto_home_ms = auto_home_ms
        self.auto_home.setInterval(auto_home_ms)
        self.auto_home.timeout.connect(self.home_requested)

    def set_access(self, mode: AccessMode) -> None:
        super().set_access(mode)
        self.auto_home.setInterval(self._auto_home_ms * mode.time_factor)

    def place_centred(self, *widgets: QWidget) -> None:
        self.root.addStretch(1)
        for widget in widgets:
            self.root.addWidget(widget)
        self.root.addStretch(1)
        self.add_row(self.home)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.auto_home.stop()
        super().hideEvent(event)
