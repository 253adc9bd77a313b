"""``python -m central admin --db URL …``: register terminals (with their role) and operators,
rotate, revoke tokens; import manifests of expected parcels.

Every command works on the database directly, so it needs no running server, and every server
process sharing the database sees the change within a second (the token caches forget that fast).
A new token is printed once, alone on the last line, and only its SHA-256 hash is stored.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from central.db import Database, Operator, Terminal, sqlite_url
from central.manifests import ManifestError, import_text
from central.roles import CUSTOMER, ROLES, Role
from central.schema import SchemaMismatchError
from central.tokens import hash_token, new_token


class AdminError(Exception):
    """A command that cannot be done as asked; the message says why."""


def _now() -> datetime:
    return datetime.now(UTC)


def add_terminal(db: Database, terminal_id: str, name: str, role: Role = CUSTOMER) -> str:
    token = new_token()
    with db.write() as session:
        if session.get(Terminal, terminal_id) is not None:
            raise AdminError(f"Terminal {terminal_id} is already registered (rotate its token?).")
        session.add(Terminal(id=terminal_id, name=name, token_hash=hash_token(token), role=role))
    return token


def import_manifest(db: Database, path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise AdminError(f"Cannot read {path}: {exc}") from exc
    try:
        with db.write() as session:
            result = import_text(session, text)
    except ManifestError as exc:
        raise AdminError(f"{path}: {exc}") from exc
    return result.lines()


def rotate_terminal(db: Database, terminal_id: str) -> str:
    token = new_token()
    with db.write() as session:
        terminal = session.get(Terminal, terminal_id)
        if terminal is None:
            raise AdminError(f"There is no terminal {terminal_id}.")
        terminal.token_hash = hash_token(token)
        terminal.revoked_at = None
    return token


def revoke_terminal(db: Database, terminal_id: str) -> None:
    with db.write() as session:
        terminal = session.get(Terminal, terminal_id)
        if terminal is None:
            raise AdminError(f"There is no terminal {terminal_id}.")
        terminal.revoked_at = terminal.revoked_at or _now()


def list_terminals(db: Database) -> list[str]:
    with db.read() as session:
        terminals = session.scalars(select(Terminal).order_by(Terminal.id)).all()
    lines = [
        f"{'id':<16} {'role':<9} {'state':<8} {'last heartbeat (UTC)':<20} {'maintenance':<11} name"
    ]
    for t in terminals:
        state = "revoked" if t.revoked_at else "active"
        seen = t.last_heartbeat_at.strftime("%Y-%m-%d %H:%M:%S") if t.last_heartbeat_at else "never"
        maintenance = "requested" if t.maintenance_requested else "-"
        lines.append(f"{t.id:<16} {t.role:<9} {state:<8} {seen:<20} {maintenance:<11} {t.name}")
    return lines


def add_operator(db: Database, name: str) -> str:
    token = new_token()
    with db.write() as session:
        operator = session.get(Operator, name)
        if operator is not None and operator.revoked_at is None:
            raise AdminError(f"Operator {name} already exists (revoke first to issue a new token).")
        if operator is None:
            session.add(Operator(name=name, token_hash=hash_token(token), created_at=_now()))
        else:
            operator.token_hash, operator.revoked_at = hash_token(token), None
    return token


def revoke_operator(db: Database, name: str) -> None:
    with db.write() as session:
        operator = session.get(Operator, name)
        if operator is None:
            raise AdminError(f"There is no operator {name}.")
        operator.revoked_at = operator.revoked_at or _now()


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="python -m central admin", description="Register terminals and operators."
    )
    root.add_argument(
        "--db", required=True, help="SQLite file or SQLAlchemy URL of the server's database"
    )
    kinds = root.add_subparsers(dest="kind", required=True)
    terminals = kinds.add_parser("terminals", help="terminals and their tokens").add_subparsers(
        dest="action", required=True
    )
    add = terminals.add_parser("add", help="register a terminal; prints its token once")
    add.add_argument("id")
    add.add_argument("--name", required=True, help="where it stands, e.g. 'Almaty, Abylai Khan 1'")
    add.add_argument(
        "--role",
        choices=ROLES,
        default=CUSTOMER,
        help="customer (the kiosk, default), checkout or stocking (a staff station)",
    )
    terminals.add_parser("rotate", help="a new token; the old one stops working").add_argument("id")
    terminals.add_parser("revoke", help="the token stops working").add_argument("id")
    terminals.add_parser("list", help="every terminal, its state and last heartbeat")
    operators = kinds.add_parser("operators", help="operators and their tokens").add_subparsers(
        dest="action", required=True
    )
    operators.add_parser("add", help="a new operator; prints the token once").add_argument("name")
    operators.add_parser("revoke", help="the operator's token stops working").add_argument("name")
    manifests = kinds.add_parser("manifests", help="expected parcels").add_subparsers(
        dest="action", required=True
    )
    manifests.add_parser(
        "import", help="a CSV manifest: each good row becomes an expected parcel"
    ).add_argument("file", type=Path)
    return root


def _run(args: argparse.Namespace, db: Database) -> list[str]:
    """What to print; a new token, when there is one, is the last line."""
    what = (args.kind, args.action)
    if what == ("terminals", "add"):
        token = add_terminal(db, args.id, args.name, args.role)
        return [
            f"Terminal {args.id} ({args.role}) registered. Its token, shown only now:",
            token,
        ]
    if what == ("terminals", "rotate"):
        token = rotate_terminal(db, args.id)
        return [
            f"Terminal {args.id} has a new token; the old one stops working within a second:",
            token,
        ]
    if what == ("terminals", "revoke"):
        revoke_terminal(db, args.id)
        return [f"Terminal {args.id} revoked."]
    if what == ("terminals", "list"):
        return list_terminals(db)
    if what == ("manifests", "import"):
        return import_manifest(db, args.file)
    if what == ("operators", "add"):
        token = add_operator(db, args.name)
        return [f"Operator {args.name} added. The token, shown only now:", token]
    revoke_operator(db, args.name)
    return [f"Operator {args.name} revoked."]


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    try:
        db = Database(sqlite_url(args.db))
    except SchemaMismatchError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        for line in _run(args, db):
            print(line)
    except AdminError as exc:
        print(exc, file=sys.stderr)
        return 1
    finally:
        db.dispose()
    return 0
