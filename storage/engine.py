"""Engine and session setup: SQLite (WAL) by default, any SQLAlchemy URL (PostgreSQL via asyncpg)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

from core.errors import StorageUnavailable

log = logging.getLogger(__name__)

# The transaction of the unit of work running in this task, if any: sessions opened inside it join it.
_AMBIENT: ContextVar[tuple[Database, AsyncSession] | None] = ContextVar("supportbot_transaction", default=None)

_ASYNC_DRIVERS = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+asyncpg", "postgres": "postgresql+asyncpg"}


def async_url(url: str) -> str:
    """Return ``url`` with an async driver (plain ``sqlite:///`` becomes ``sqlite+aiosqlite:///``)."""
    parsed = make_url(url)
    driver = _ASYNC_DRIVERS.get(parsed.drivername)
    return parsed.set(drivername=driver).render_as_string(hide_password=False) if driver else url


def make_engine(url: str, *, timeout: float = 10.0) -> AsyncEngine:
    """Create the async engine; for SQLite, make the folder and turn on WAL and a busy timeout.

    ``timeout`` bounds connecting and each statement on a server database, so a database that
    hangs turns into a "try again shortly" instead of a user waiting forever.
    """
    url = async_url(url)
    parsed = make_url(url)
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 5}
    else:
        kwargs["pool_pre_ping"] = True
        kwargs["connect_args"] = {"timeout": timeout, "command_timeout": timeout}
    engine = create_async_engine(url, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    # WAL lets readers run during a write; busy_timeout makes a locked database wait, not fail at once.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Database:
    """Hands out sessions and turns driver failures into ``StorageUnavailable``."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sessions = async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)
        url = engine.url
        is_file = url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:"
        self._sqlite_file = Path(url.database).expanduser() if is_file and url.database else None
        self.is_sqlite = url.get_backend_name() == "sqlite"
        self._writer: asyncio.Lock | None = None

    def _check_file(self) -> None:
        # A pooled SQLite connection keeps writing to a deleted file's inode, and those writes
        # vanish when it closes: refuse instead, so the caller knows nothing was stored.
        if self._sqlite_file is not None and not self._sqlite_file.exists():
            log.error("database file %s is gone", self._sqlite_file)
            raise StorageUnavailable("database file is gone")

    @contextlib.asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """Yield a session in a transaction: committed on success, rolled back on any error.

        Inside ``transaction()`` this is the unit of work's own session: its commit waits for the unit's end.
        """
        ambient = _AMBIENT.get()
        if ambient is not None and ambient[0] is self:
            yield ambient[1]
            return
        async with self._session() as session:
            yield session

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """One unit of work: every ``session()`` opened inside (in this task) is this one transaction.

        On SQLite it begins IMMEDIATE, so it holds the write lock from its first statement: a unit that
        reads and then writes cannot be refused half-way by a writer that came between. The units of
        one process queue on a lock rather than on SQLite's busy loop. A unit inside a unit joins it.
        """
        ambient = _AMBIENT.get()
        if ambient is not None and ambient[0] is self:
            yield
            return
        async with self._serially(), self._session() as session:
            if self.is_sqlite:
                await session.execute(text("BEGIN IMMEDIATE"))
            token = _AMBIENT.set((self, session))
            try:
                yield
            finally:
                _AMBIENT.reset(token)

    def savepoint(self, session: AsyncSession) -> contextlib.AbstractAsyncContextManager[object]:
        """A savepoint for a statement that may be refused (a unique index) without ending the unit."""
        return session.begin_nested()

    @contextlib.asynccontextmanager
    async def _serially(self) -> AsyncIterator[None]:
        if not self.is_sqlite:
            yield
            return
        if self._writer is None:
            self._writer = asyncio.Lock()
        async with self._writer:
            yield

    @contextlib.asynccontextmanager
    async def _session(self) -> AsyncIterator[AsyncSession]:
        self._check_file()
        try:
            async with self._sessions() as session, session.begin():
                yield session
        except (OperationalError, OSError) as exc:
            log.error("database unavailable: %s", type(exc).__name__)
            raise StorageUnavailable(str(exc.__class__.__name__)) from exc
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise StorageUnavailable("connection lost") from exc
            raise

    async def dispose(self) -> None:
        """Close every pooled connection."""
        await self.engine.dispose()
