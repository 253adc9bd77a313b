"""A throwaway PostgreSQL server for the tests and the fleet benchmark.

``initdb`` and ``pg_ctl`` from the installed binaries (Debian's ``postgresql`` package:
``tools/system-deps.sh test`` installs it) make a cluster in a temporary folder that listens on a
Unix socket in that folder only (no TCP port to collide on); ``stop`` ends it and deletes the
folder.
Durability is off (fsync, synchronous_commit): the data is thrown away anyway.

PostgreSQL refuses to run as root; as root the cluster belongs to the ``postgres`` user (or
``nobody``), and the folder is handed to that user.

    with PostgresServer.start() as server:
        url = server.create_database("central")   # postgresql+psycopg://postgres@/central?host=...
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType

import psycopg

INSTALL_HINT = "apt-get install postgresql (or run tools/system-deps.sh test)"


def find_bindir() -> Path | None:
    """The folder with ``initdb`` and ``pg_ctl``: $PG_BINDIR, ``pg_config --bindir``, or the newest
    /usr/lib/postgresql/*/bin."""
    candidates: list[str] = []
    if os.environ.get("PG_BINDIR"):
        candidates.append(os.environ["PG_BINDIR"])
    if shutil.which("pg_config"):
        result = subprocess.run(
            ["pg_config", "--bindir"], capture_output=True, text=True, check=False
        )
        candidates.append(result.stdout.strip())

    def version(path: str) -> int:
        match = re.search(r"/postgresql/(\d+)/", path)
        return int(match.group(1)) if match else 0

    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)
    for candidate in candidates:
        if candidate and all((Path(candidate) / tool).is_file() for tool in ("initdb", "pg_ctl")):
            return Path(candidate)
    return None


def _run_as() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError("PostgreSQL does not run as root, and there is no postgres or nobody user")


class PostgresServer:
    def __init__(self, bindir: Path, root: Path, user: pwd.struct_passwd | None) -> None:
        self.bindir = bindir
        self.root = root
        self.data = root / "data"
        self.socket_dir = root
        self.log = root / "server.log"
        self._user = user
        self._databases: set[str] = set()

    @classmethod
    def start(cls, bindir: Path | None = None) -> PostgresServer:
        bindir = bindir or find_bindir()
        if bindir is None:
            raise FileNotFoundError(
                f"PostgreSQL's initdb and pg_ctl were not found: {INSTALL_HINT}"
            )
        user = _run_as()
        root = Path(tempfile.mkdtemp(prefix="central-pg-"))  # short: a socket path has a limit
        if user is not None:
            os.chown(root, user.pw_uid, user.pw_gid)
        server = cls(bindir, root, user)
        try:
            server._init_and_start()
        except BaseException:
            server.stop()
            raise
        return server

    def _tool(self, *args: str) -> None:
        kwargs: dict[str, object] = {}
        if self._user is not None:
            kwargs = {"user": self._user.pw_uid, "group": self._user.pw_gid, "extra_groups": []}
        result = subprocess.run(
            args,
            cwd=self.root,
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "LC_ALL": "C", "LANG": "C"},
            **kwargs,  # type: ignore[call-overload]
        )
        if result.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout}{result.stderr}{log}")

    def _init_and_start(self) -> None:
        self._tool(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--no-sync",
            "--no-instructions",
        )
        options = " ".join(
            [
                "-c listen_addresses=''",
                f"-c unix_socket_directories={self.socket_dir}",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=300",
            ]
        )
        self._tool(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )

    def url(self, database: str = "postgres") -> str:
        """The SQLAlchemy URL of one of the server's databases."""
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket_dir}"

    def _admin(self, sql: str) -> None:
        conninfo = f"host={self.socket_dir} user=postgres dbname=postgres"
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(sql)

    def create_database(self, name: str) -> str:
        """A new empty database (dropped first if it exists); its URL."""
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
            raise ValueError(f"not a plain database name: {name}")
        self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self._admin(f"CREATE DATABASE {name}")
        self._databases.add(name)
        return self.url(name)

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            with contextlib.suppress(RuntimeError):
                self._tool(
                    str(self.bindir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-m",
                    "immediate",
                    "-w",
                    "stop",
                )
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
