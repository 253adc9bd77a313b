"""Scanner adapters: every scanner reports ``scanned(code, source)``."""
