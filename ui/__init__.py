"""Qt Widgets of the kiosk: main window, screens, shared widgets, theme, dev tools."""
