"""Staff maintenance and the terminal as part of a fleet (Qt-free), a module per job:

- ``service``: the facade the controller talks to; it hands each intent to the part below.
- ``session`` (with ``staff``, ``pins``): the way in, the PIN gate and its lockout, idle closing,
  the audit of staff actions (``audit``).
- ``dashboard`` (with ``status``, ``printing``, ``slips``, ``parked_panel``, ``parked``): the
  dashboard's figures and what its buttons do.
- ``selftest_runner`` (with ``selftest``): the self-test wizard.
- ``heartbeat_sender`` (with ``heartbeat``): the fleet heartbeat and what its answer asks.
- ``names``: the panels, actions, notices, self-test steps and audit codes the screens share;
  ``settings`` and ``ports``: what the composition root hands in.
"""
