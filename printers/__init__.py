"""Receipt printers: the Printer port, document layout, ESC/POS encoding, a mock and a factory."""
