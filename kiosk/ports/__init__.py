"""The core's ports: the protocols the core uses, which the adapters (printers/, central's
client, scanners/) implement. The core declares each one once, here."""
