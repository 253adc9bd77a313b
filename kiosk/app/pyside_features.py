"""PySide6's ``__feature__`` switches (``snake_case``, ``true_property``), which the kiosk does not
use, without their cost.

To know which modules may switch features, PySide6 reads the whole source of every module imported
after it (``inspect.getsource``: does it say "PySide6"?) and so leaves it in ``linecache``: about
15 MB of source lines for the kiosk's ~300 modules, and 60-80 ms of the start. Nothing in the kiosk
imports ``__feature__``, so the answer makes no difference: every module is told "no features", as
PySide6 tells a module without the word. Measured in docs/benchmarks.md.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401 - loads shibokensupport.feature, whose check this replaces

FEATURE_MODULE = "shibokensupport.feature"


def _no_features(_module: ModuleType) -> bool:
    return False


def skip_feature_scan() -> bool:
    """Stop PySide6 from reading each newly imported module's source; True if it was stopped (a
    PySide6 without this check is left alone)."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", _no_features)  # noqa: B010 - PySide6's own hook
    return True
