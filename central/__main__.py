"""``python -m central [--db URL] [--host 127.0.0.1] [--port 8080] [--workers N] [--dev]``: serve
the API (several worker processes need PostgreSQL: ``central/workers.py``);
``python -m central migrate --db URL``: upgrade a database's schema;
``python -m central admin --db URL …``: terminals and operators (``central/admin.py``)."""

from __future__ import annotations

import argparse
import logging
import sys

from central import demo, logs, workers
from central.app import create_app
from central.db import sqlite_url
from central.schema import SchemaMismatchError
from central.server import _Uvicorn, bind_socket, is_loopback, url_of, uvicorn_config
from central.settings import RateLimitSettings, Settings


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m central", description="The reference central REST API (API.md)."
    )
    parser.add_argument(
        "--db",
        default=":memory:",
        help="SQLite file (created if missing; WAL mode), ':memory:' (default) or a SQLAlchemy URL "
        "such as postgresql+psycopg://USER@HOST/DB",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8080, help="port (0: any free port)")
    parser.add_argument(
        "--dev",
        action="store_true",
        help="mount the /dev endpoints and load the demo data into an empty database",
    )
    parser.add_argument(
        "--dev-public",
        action="store_true",
        help="allow --dev on an address other than loopback (its tokens and /dev/sms are public)",
    )
    parser.add_argument(
        "--lookups-per-minute",
        type=int,
        default=RateLimitSettings().lookups_per_window,
        help="tracking-number lookups a terminal may make in a minute (429 beyond)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes sharing the listening socket (above 1: PostgreSQL only)",
    )
    parser.add_argument(
        "--public-url",
        default=Settings().public_base_url,
        help="the address the pickup link in the shelving SMS starts with (<URL>/p/<code>)",
    )
    parser.add_argument("--no-access-log", action="store_true", help="do not log each request")
    parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning"])
    return parser.parse_args(argv)


def migrate_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m central migrate",
        description="Upgrade the database to this server's schema.",
    )
    parser.add_argument("--db", required=True, help="SQLite file or SQLAlchemy URL")
    args = parser.parse_args(argv)
    from central.migrate import upgrade  # Alembic is imported only for this command

    before, after = upgrade(sqlite_url(args.db))
    if before == after:
        print(f"The database is already at schema revision {after}.")
    else:
        print(f"The database was upgraded from revision {before or 'none'} to {after}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["migrate"]:
        return migrate_main(argv[1:])
    if argv[:1] == ["admin"]:
        from central.admin import main as admin_main

        return admin_main(argv[1:])
    args = parse_args(argv)
    logs.configure(getattr(logging, args.log_level.upper()))
    if args.dev and not args.dev_public and not is_loopback(args.host):
        print(
            f"--dev serves public tokens and live SMS codes; it listens on loopback only, not on "
            f"{args.host}. Add --dev-public to really expose it.",
            file=sys.stderr,
        )
        return 2
    if args.lookups_per_minute < 1:
        print("--lookups-per-minute must be at least 1", file=sys.stderr)
        return 2
    limits = RateLimitSettings(lookups_per_window=args.lookups_per_minute)
    settings = Settings(
        db_url=sqlite_url(args.db),
        dev=args.dev,
        rate_limits=limits,
        public_base_url=args.public_url,
    )
    refusal = workers.why_not_workers(settings, args.workers)
    if refusal is not None:
        print(refusal, file=sys.stderr)
        return 2
    try:
        if args.workers > 1:
            workers.prepare_database(settings)
        else:
            app = create_app(settings)
    except SchemaMismatchError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        sock = bind_socket(args.host, args.port)
    except OSError as exc:
        print(f"Cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 2
    print(f"Central API: {url_of(sock)}", flush=True)
    if args.dev:
        terminals = ", ".join(demo.TERMINALS)
        staff = ", ".join(f"{t} ({role})" for t, (_, role) in demo.STAFF_TERMINALS.items())
        print(
            f"Dev mode: demo data loaded; terminals {terminals}, staff {staff} "
            "(token: dev-<id>); dev endpoints under /dev",
            flush=True,
        )
    if args.workers > 1:
        level = getattr(logging, args.log_level.upper())
        workers.serve(
            settings, sock, args.workers, access_log=not args.no_access_log, log_level=level
        )
        return 0
    config = uvicorn_config(app, access_log=not args.no_access_log, log_config=False)
    _Uvicorn(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
