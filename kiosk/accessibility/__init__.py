"""The accessible mode of one customer's session: speech, large text, high contrast, and the longer
timeouts they bring. Qt-free; the controller holds the current :class:`AccessMode` and tells the
window when it changes."""
