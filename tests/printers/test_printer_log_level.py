"""``log.levels = { printer = "DEBUG" }`` reaches the printer modules' own loggers."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

import printers.escpos
import printers.mock
import printers.worker
from kiosk.config import load_config
from kiosk.log import LogArea, setup_logging

PRINTER_MODULES = (printers.escpos, printers.mock, printers.worker)


@pytest.fixture
def restored_logging() -> Iterator[None]:
    """The root logger's handlers and level, and the printer area's level, put back."""
    root = logging.getLogger()
    area = logging.getLogger(LogArea.PRINTER.logger_name)
    handlers, root_level, area_level = list(root.handlers), root.level, area.level
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(root_level)
    area.setLevel(area_level)


@pytest.mark.parametrize("module", PRINTER_MODULES, ids=lambda m: m.__name__)
def test_printer_debug_from_the_configuration_lets_the_modules_debug_through(
    tmp_path: Path, module, restored_logging: None
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[log]\nlevel = "WARNING"\nlevels = { printer = "DEBUG" }\n')
    config = load_config(path, env={})
    stream = io.StringIO()
    setup_logging(config.log.level, stream=stream, levels=config.log.levels)

    module.log.debug("status poll: %s", "paper ok")
    logging.getLogger(LogArea.API.logger_name).debug("api detail")  # not an area that was set

    text = stream.getvalue()
    assert "kiosk.printer: status poll: paper ok" in text
    assert "api detail" not in text
