"""Receiving a parcel: by tracking number (`flow`) or by phone and SMS code (`phone`), the pickup
ticket (`ticket`), the kiosk's own limit on failed lookups (`lookup_guard`), and the driver that
carries out the flows' effects (`driver`)."""
