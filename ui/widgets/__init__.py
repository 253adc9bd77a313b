"""Widgets shared by the screens: on-screen keyboard, big buttons, labels, busy indicator."""
