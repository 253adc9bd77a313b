"""The hall's staff stations (``terminal.role``): the checkout desk and the stocking station, a
staff sign-in in front of both. Qt-free, like the customer features; see docs/stations.md."""
