"""One desk action, one transaction: its state changes and its platform effects commit together.

Nothing inside a unit calls a platform. The effects it wrote are handed to the ``after_commit``
hooks (the process's delivery) only once the transaction is committed, so a platform never shows
something the database does not hold, and a failed platform call never undoes a stored action.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Sequence
from contextvars import ContextVar
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from core import inbox
from core.clock import Clock, utcnow
from core.outbox.effects import Effect, source
from core.ports import InboxRepo, OutboxRepo, Transactions

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")
AfterCommit = Callable[[Sequence[Effect]], Awaitable[None]]


class _Unit:
    def __init__(self) -> None:
        self.effects: list[Effect] = []


# The unit running in this task; a unit opened inside it joins it.
_CURRENT: ContextVar[_Unit | None] = ContextVar("supportbot_unit", default=None)


class UnitOfWork:
    """Opens units (``async with units():``) and stores the effects written in them."""

    def __init__(self, transactions: Transactions, outbox: OutboxRepo, clock: Clock = utcnow,
                 inbox: InboxRepo | None = None) -> None:
        self.transactions = transactions
        self.outbox = outbox
        self.inbox = inbox
        self.clock = clock
        self.after_commit: list[AfterCommit] = []

    @contextlib.asynccontextmanager
    async def __call__(self) -> AsyncIterator[None]:
        if _CURRENT.get() is not None:
            yield
            return
        unit = _Unit()
        token = _CURRENT.set(unit)
        try:
            async with self.transactions.transaction():
                yield
                update = inbox.current()
                if update is not None and self.inbox is not None:  # handled exactly when its effects commit
                    await self.inbox.finish(update[0], [update[1]], self.clock())
        finally:
            _CURRENT.reset(token)
        if unit.effects:
            await self._committed(unit.effects)

    async def emit(self, effect: Effect) -> None:
        """Store ``effect`` in the current unit's transaction."""
        unit = _CURRENT.get()
        if unit is None:
            raise RuntimeError("platform effects are written inside a unit of work")
        if source() is not None and "source" not in effect.payload:
            effect = dataclasses.replace(effect, payload={**effect.payload, "source": source()})
        await self.outbox.add(effect, self.clock())
        unit.effects.append(effect)

    async def _committed(self, effects: Sequence[Effect]) -> None:
        for hook in self.after_commit:
            try:
                await hook(effects)
            except Exception:  # stored is stored: the worker delivers what this attempt could not
                log.exception("delivering just after the commit failed; the outbox worker retries")


class HasUnits(Protocol):
    units: UnitOfWork


S = TypeVar("S", bound=HasUnits)


Method = Callable[Concatenate[S, P], Coroutine[Any, Any, R]]


def in_unit(method: Method[S, P, R]) -> Method[S, P, R]:
    """Run a service method in a unit of work (joining the caller's, if there is one)."""

    @functools.wraps(method)
    async def wrapper(self: S, *args: P.args, **kwargs: P.kwargs) -> R:
        async with self.units():
            return await method(self, *args, **kwargs)

    return wrapper
