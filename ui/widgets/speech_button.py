"""The home screen's ``accessibility`` button: a speaker and the word, to switch the spoken
guidance on (or off again) for this customer. Marked ``current`` while speech is on, as the
language buttons mark the current language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from ui.theme import set_style_property
from ui.widgets.big_button import BigButton

ICON_SIDE = 64


def speaker_icon(color: QColor, side: int = ICON_SIDE) -> QIcon:
    """A loudspeaker with two sound waves, drawn (no image file, no emoji font needed)."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = side / 16
    body = QPainterPath()
    body.moveTo(QPointF(2 * unit, 6 * unit))
    for x, y in ((5, 6), (9, 2.5), (9, 13.5), (5, 10), (2, 10)):
        body.lineTo(QPointF(x * unit, y * unit))
    body.closeSubpath()
    painter.fillPath(body, color)
    painter.setPen(QPen(color, 1.4 * unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for radius in (2.5, 5.0):
        painter.drawArc(
            int((8 - radius) * unit),
            int((8 - radius) * unit),
            int(2 * radius * unit),
            int(2 * radius * unit),
            -50 * 16,
            100 * 16,
        )
    painter.end()
    return QIcon(pixmap)


class SpeechButton(BigButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("accessibility", "lang", parent)
        self.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        self._refresh_icon()
        self.retranslate_ui()

    def set_on(self, on: bool) -> None:
        set_style_property(self, "current", on)

    def set_icon_side(self, side: int) -> None:
        self.setIconSize(QSize(side, side))

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Read aloud"))
        self.setAccessibleName(self.tr("Read the screen aloud"))

    def _refresh_icon(self) -> None:
        self.setIcon(speaker_icon(self.palette().buttonText().color()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            self._refresh_icon()
        super().changeEvent(event)
