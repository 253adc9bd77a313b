"""One widget per screen name of ``kiosk.views``: each renders its view and emits intents."""
