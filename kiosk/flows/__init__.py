"""Customer flows as plain state machines: no Qt, no I/O; they decide, the controller acts."""
