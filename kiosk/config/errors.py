"""The one error a configuration problem becomes."""

from __future__ import annotations


class ConfigError(Exception):
    """The configuration cannot be used; ``problems`` holds one human-readable line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems
