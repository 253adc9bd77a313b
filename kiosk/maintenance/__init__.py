"""Staff maintenance and the terminal as part of a fleet (Qt-free): PINs, the staff gate,
the dashboard's figures, actions and their audit, the heartbeat."""
