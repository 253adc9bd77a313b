"""Command-line options of ``python -m kiosk``."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from kiosk.i18n import LANGUAGES


@dataclass(frozen=True)
class Options:
    mock: bool
    windowed: bool
    config: Path | None
    api_url: str | None
    qa_port: int | None
    lang: str | None
    role: str | None = None


def parse_args(argv: list[str] | None = None) -> Options:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk",
        description="Parcel-supermarket self-service terminal.",
    )
    parser.add_argument(
        "--mock",
        action="store_true",
        help="mock hardware (printer writes .bin/.png files, dev dock); starts the reference "
        "central server in process with demo data unless --api-url is given",
    )
    parser.add_argument("--windowed", action="store_true", help="a normal window, not full screen")
    parser.add_argument(
        "--config", type=Path, help="TOML configuration file (default /etc/kiosk/kiosk.toml)"
    )
    parser.add_argument("--api-url", help="central API base URL (overrides the configuration)")
    parser.add_argument(
        "--qa-port",
        type=int,
        metavar="N",
        help="serve the QA control port on 127.0.0.1:N (0 = any free port); mock mode only",
    )
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="default language")
    parser.add_argument(
        "--role",
        choices=("customer", "checkout", "stocking"),
        help="what this station is: the customer terminal (default), the checkout desk or the "
        "stocking station (overrides terminal.role)",
    )
    args = parser.parse_args(argv)
    if args.qa_port is not None and not args.mock:
        parser.error("--qa-port is available only with --mock (mock hardware)")
    if args.qa_port is not None and not 0 <= args.qa_port <= 65535:
        parser.error("--qa-port must be between 0 and 65535")
    return Options(
        mock=args.mock,
        windowed=args.windowed,
        config=args.config,
        api_url=args.api_url,
        qa_port=args.qa_port,
        lang=args.lang,
        role=args.role,
    )
