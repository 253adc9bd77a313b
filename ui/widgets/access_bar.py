"""The accessible mode's buttons: speech, large text and high contrast, each an icon and a word.

Each button's id is its need's value (``accessibility``, ``large_text``, ``high_contrast``: the QA
port's button ids);
a tap emits ``need_toggled`` with that value, and ``set_mode`` shows which needs are on (the
``current`` style, as the language buttons show the current language). More needs can be added to
``NEEDS`` (the speech need's button, for one) with a text in ``retranslate_ui`` and a glyph.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk.accessibility.mode import AccessMode, Need
from ui.theme import Metrics, set_style_property
from ui.widgets.big_button import BigButton

GAP = 24
ICON = 48  # design px, grows with the text
ICON_SPAN = 1.3  # the icon's width over its height: the glyph, then a gap before the word

Glyph = Callable[[QPainter, float, QColor], None]


def _large_text_glyph(painter: QPainter, side: float, colour: QColor) -> None:
    """A small and a large letter A."""
    font = QFont(painter.font())
    font.setBold(True)
    painter.setPen(colour)
    font.setPixelSize(max(1, round(side * 0.5)))
    painter.setFont(font)
    painter.drawText(
        QRectF(0, side * 0.3, side * 0.42, side * 0.7), Qt.AlignmentFlag.AlignBottom, "A"
    )
    font.setPixelSize(max(1, round(side * 0.95)))
    painter.setFont(font)
    painter.drawText(QRectF(side * 0.34, 0, side * 0.66, side), Qt.AlignmentFlag.AlignBottom, "A")


def _contrast_glyph(painter: QPainter, side: float, colour: QColor) -> None:
    """A circle, half filled."""
    pen_width = max(1.0, side / 12)
    box = QRectF(pen_width, pen_width, side - 2 * pen_width, side - 2 * pen_width)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPie(box, 90 * 16, 180 * 16)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = painter.pen()
    pen.setStyle(Qt.PenStyle.SolidLine)
    pen.setColor(colour)
    pen.setWidthF(pen_width)
    painter.setPen(pen)
    painter.drawEllipse(box.center(), box.width() / 2, box.height() / 2)
    painter.drawLine(QPointF(box.center().x(), box.top()), QPointF(box.center().x(), box.bottom()))


def _speech_glyph(painter: QPainter, side: float, colour: QColor) -> None:
    """A loudspeaker and two sound waves."""
    unit = side / 16
    body = QPainterPath()
    body.moveTo(QPointF(1 * unit, 5.5 * unit))
    for x, y in ((4.5, 5.5), (9, 1.5), (9, 14.5), (4.5, 10.5), (1, 10.5)):
        body.lineTo(QPointF(x * unit, y * unit))
    body.closeSubpath()
    painter.fillPath(body, colour)
    painter.setPen(QPen(colour, 1.4 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for radius in (3.0, 6.0):
        box = QRectF((9 - radius) * unit, (8 - radius) * unit, 2 * radius * unit, 2 * radius * unit)
        painter.drawArc(box, -50 * 16, 100 * 16)


GLYPHS: dict[Need, Glyph] = {
    Need.SPEECH: _speech_glyph,
    Need.LARGE_TEXT: _large_text_glyph,
    Need.HIGH_CONTRAST: _contrast_glyph,
}
NEEDS: tuple[Need, ...] = (Need.SPEECH, Need.LARGE_TEXT, Need.HIGH_CONTRAST)


class AccessButton(BigButton):
    """A button whose icon is drawn in its own text colour, so it follows the theme and state."""

    def __init__(self, need: Need, parent: QWidget | None = None) -> None:
        super().__init__(need.value, "access", parent)
        self.need = need
        self._side = ICON
        self._drawn: tuple[int, str] | None = None

    def set_icon_side(self, side: int) -> None:
        self._side = side
        self.setIconSize(QSize(round(side * ICON_SPAN), side))
        self._draw_icon()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._draw_icon()

    def _draw_icon(self) -> None:
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        if self._drawn == (self._side, colour.name()):
            return
        self._drawn = (self._side, colour.name())
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self._side * ICON_SPAN * ratio), round(self._side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        GLYPHS[self.need](painter, float(self._side), colour)
        painter.end()
        self.setIcon(QIcon(pixmap))


class AccessBar(QWidget):
    need_toggled = Signal(str)  # a Need value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("access_bar")
        self.buttons: dict[Need, AccessButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for need in NEEDS:
            button = AccessButton(need)
            button.clicked.connect(lambda _=False, n=need: self.need_toggled.emit(n.value))
            layout.addWidget(button, 1)
            self.buttons[need] = button
        self._layout = layout
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate_ui()

    def set_mode(self, mode: AccessMode) -> None:
        for need, button in self.buttons.items():
            set_style_property(button, "current", mode.has(need))

    def apply_metrics(self, metrics: Metrics) -> None:
        self._layout.setSpacing(metrics.px(GAP))
        for button in self.buttons.values():
            button.set_icon_side(metrics.text_px(ICON))

    def retranslate_ui(self) -> None:
        self.buttons[Need.SPEECH].setText(self.tr("Read aloud"))
        self.buttons[Need.SPEECH].setAccessibleName(self.tr("Read the screen aloud"))
        self.buttons[Need.LARGE_TEXT].setText(self.tr("Large text"))
        self.buttons[Need.HIGH_CONTRAST].setText(self.tr("High contrast"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
