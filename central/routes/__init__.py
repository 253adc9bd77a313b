"""The HTTP routes, one module per part of API.md."""
