"""Sending a prepaid box: the flow (`flow`), the dispatch receipt (`receipt`), and the driver that
carries out the flow's effects (`driver`: the box check, the outbox write, the receipt)."""
