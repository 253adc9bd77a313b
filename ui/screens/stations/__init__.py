"""The staff stations' screens (checkout desk, stocking station): dumb views of the views in
kiosk.stations.views; every intent is ``action_requested(name, text)`` (kiosk.stations.names).
Nothing is imported here: a station loads its own role's screens (ui/screen_table.py)."""
