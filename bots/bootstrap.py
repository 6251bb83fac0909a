"""The one composition root: settings in, a running desk out. CLI, adapters and tests call it."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bots.model_fetch import MARKER, WEIGHTS
from core.clock import Clock, utcnow
from core.decision.intents import IntentClassifier
from core.desk import SupportDesk
from core.insights.audit import AuditLog
from core.insights.metrics import NO_METRICS, Metrics
from core.models import Actor
from core.outbox.delivery import Delivery
from core.outbox.unit import UnitOfWork
from core.ports import Embedder, VectorCache
from core.retrieval.embedding import SentenceTransformerEmbedder
from core.retrieval.faq_admin import FaqService
from core.retrieval.index import FaqIndex, VectorStore
from core.retrieval.onnx_embedding import OnnxEmbedder, onnx_path
from core.settings import Settings
from core.tickets.blocks import BlockService
from core.tickets.notify import Notifier
from core.tickets.privacy import PrivacyService
from core.tickets.service import TicketService
from core.tickets.sla import Housekeeper
from core.tickets.transcripts import TranscriptOptions
from faq.loader import default_faq_path, load_faq
from faq.snippets import default_snippets_path, load_snippets
from storage.audit_repo import SqlAuditRepo
from storage.block_repo import SqlBlockRepo
from storage.candidate_repo import SqlCandidateRepo
from storage.engine import Database, make_engine
from storage.faq_repo import SqlFaqRepo
from storage.inbox_repo import SqlInboxRepo
from storage.insights_repo import SqlInsightsRepo
from storage.machine_cache import LayeredVectorCache, MachineVectorCache
from storage.migrate import upgrade_async
from storage.outbox_repo import SqlOutboxRepo
from storage.privacy_repo import SqlPrivacyRepo
from storage.ticket_repo import SqlTicketRepo
from storage.vector_cache import SqlVectorCache

if TYPE_CHECKING:
    from bots.observability.observer import Observability

log = logging.getLogger(__name__)

SYSTEM = Actor("system", "bootstrap", "bootstrap", is_admin=True)


@dataclass
class DeskApp:
    """A built desk and what must be closed with it."""

    desk: SupportDesk
    db: Database
    cache_db: Database
    housekeeper: Housekeeper
    delivery: Delivery
    inbox: SqlInboxRepo
    observer: Observability | None = None  # metrics and health, when SUPPORTBOT_METRICS_ENABLED
    _background: list[asyncio.Task[None]] = field(default_factory=list)

    def start_timers(self) -> None:
        """Run the SLA sweep and the outbox worker in the background (long-running adapters call this)."""
        if not self._background:
            loop = asyncio.get_running_loop()
            self._background = [loop.create_task(self.housekeeper.run_forever(), name="sla-sweep"),
                                loop.create_task(self.delivery.run_forever(), name="outbox")]
            days = self.desk.settings.retention_days
            if days and self.desk.privacy is not None:  # SUPPORTBOT_RETENTION_DAYS: old transcripts are erased
                self._background.append(loop.create_task(self.desk.privacy.run_forever(days), name="retention"))

    async def serve_metrics(self) -> None:
        """Serve /metrics and /healthz when metrics are enabled (long-running adapters call this)."""
        if self.observer is not None:
            await self.observer.start()

    async def stop_work(self) -> None:
        """Stop the metrics endpoint, the timers and the outbox worker, letting the platform calls in flight
        finish. Adapters call this before they close their platform session: a call cut by a closed session
        counts as a failure and is sent again by the next start."""
        if self.observer is not None:
            await self.observer.stop()
        for task in self._background:
            task.cancel()
        for task in self._background:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._background = []
        await self.delivery.close()

    async def close(self) -> None:
        """Stop the work (if the adapter has not yet), then release the database connections."""
        await self.stop_work()
        await self.db.dispose()
        if self.cache_db is not self.db:
            await self.cache_db.dispose()


def _observability(settings: Settings) -> Observability | None:
    if not settings.metrics_enabled:
        return None
    from bots.observability.observer import Observability  # prometheus-client and aiohttp only when asked for

    return Observability(settings)


def load_embedder(settings: Settings) -> Embedder:
    """Return the configured model, loaded once per process (loading takes seconds and 1 GB)."""
    from pathlib import Path

    from bots.model_export import INT8_RECIPE, is_quantized
    from core.retrieval.embedding import ModelNotAvailable

    path, backend, precision = settings.resolved_model_path, settings.model_backend, settings.effective_precision
    if backend == "auto":
        # The exported graph of the precision; int8 not quantized yet: the fp32 graph; nothing
        # exported: PyTorch fp32 (PyTorch's own int8 loses 0.04 accuracy, so only when asked for).
        int8 = precision == "int8" and is_quantized(Path(path))
        backend = "onnx" if int8 or onnx_path(path).is_file() else "torch"
        if precision == "int8" and not int8:
            log.warning("no int8 ONNX graph at %s: using fp32 (`supportbot model export` makes it)",
                        onnx_path(path, "int8"))
            precision = "fp32"
    elif backend == "onnx" and precision == "int8" and not is_quantized(Path(path)):
        raise ModelNotAvailable(f"no checked int8 graph of this release at {onnx_path(path, 'int8')}; "
                                "run `supportbot model export`")
    # The name keys the vector cache: vectors of another precision or length must not be mixed in.
    # The fp32 ONNX graph shares PyTorch's fp32 name: its vectors are the same (checked at export).
    # The int8 graph's vectors are close to them but not the same; its name carries the recipe.
    suffix = "" if precision == "fp32" else f"/onnx-{INT8_RECIPE.tag}" if backend == "onnx" else f"/{precision}"
    return _load(path, f"{settings.model_name}@{settings.max_seq_length}{suffix}", backend, settings.model_device,
                 settings.max_seq_length, precision, settings.model_threads)


@functools.lru_cache(maxsize=2)
def _load(path: str, name: str, backend: str, device: str, max_seq_length: int, precision: str,
          threads: int) -> Embedder:
    if backend == "onnx":
        return OnnxEmbedder(path, name=name, max_seq_length=max_seq_length, threads=threads,
                            graph=onnx_path(path, precision))
    return SentenceTransformerEmbedder(path, name=name, device=device, max_seq_length=max_seq_length,
                                       precision=precision)


def model_identity(settings: Settings) -> str:
    """A short digest naming the model's weights, so cached vectors are never reused for other weights.

    The fetch verified the weights' sha256 and left it in a marker; another local model is named by
    its weights' size and modification time, a hub name by itself.
    """
    path = Path(settings.resolved_model_path)
    marker = path / MARKER
    if marker.is_file():
        return marker.read_text().strip()[:16]
    weights = path / WEIGHTS
    seed = f"{weights.stat().st_size}:{weights.stat().st_mtime_ns}" if weights.is_file() else str(path)
    return hashlib.sha256(seed.encode()).hexdigest()[:16]


async def build_desk(settings: Settings, *, embedder: Embedder | None = None,
                     notifiers: dict[str, Notifier] | None = None, clock: Clock = utcnow,
                     seed_faq: bool = True, vector_cache_url: str | None = None) -> DeskApp:
    """Migrate the database, wire the desk, import the FAQ into a database that never had one, index it."""
    url = settings.resolved_database_url
    await upgrade_async(url)
    db = Database(make_engine(url, timeout=settings.database_timeout_seconds))
    cache_db = db
    try:
        if vector_cache_url and vector_cache_url != url:
            await upgrade_async(vector_cache_url)
            cache_db = Database(make_engine(vector_cache_url))
        embedder = embedder or load_embedder(settings)
        observer = _observability(settings)
        measure: Metrics = observer.metrics if observer is not None else NO_METRICS
        cache: VectorCache = SqlVectorCache(cache_db)
        if settings.vector_cache_file is not None:
            machine = MachineVectorCache(settings.vector_cache_file, model_identity(settings),
                                         max_vectors=settings.vector_cache_max)
            cache = LayeredVectorCache(machine, cache)
        store = VectorStore(embedder, cache, max_batch=settings.encode_batch,
                            batch_wait=settings.encode_wait_ms / 1000, recent_messages=settings.query_cache_size)
        store.messages.metrics = measure
        index = FaqIndex(store, settings.decision.question_weight, settings.decision.lexical_weight,
                         settings.decision.classifier_weight, settings.decision.classifier_alpha,
                         settings.decision.homophones)
        faq = FaqService(SqlFaqRepo(db, clock), index, sync_seconds=settings.faq_sync_seconds)
        snippets = load_snippets(settings.snippets_file or default_snippets_path())
        outbox, ticket_repo = SqlOutboxRepo(db), SqlTicketRepo(db)
        inbox = SqlInboxRepo(db)
        units = UnitOfWork(db, outbox, clock, inbox)
        # Effects for this process's platforms are delivered as soon as their unit commits; the worker
        # retries what fails and delivers what other processes wrote.
        delivery = Delivery(outbox, ticket_repo, units, dict(notifiers or {}), settings.outbox, clock,
                            measure=measure)
        units.after_commit.append(delivery.after_commit)
        tickets = TicketService(ticket_repo, units, clock, _transcripts(settings))
        audit = AuditLog(SqlAuditRepo(db), units, clock)
        blocks = BlockService(SqlBlockRepo(db), tickets, audit, timezone=settings.timezone, clock=clock)
        privacy = PrivacyService(SqlPrivacyRepo(db), tickets, SqlBlockRepo(db), audit, timezone=settings.timezone,
                                 clock=clock)
        desk = SupportDesk(settings=settings, index=index, intents=IntentClassifier(store),
                           tickets=tickets, faq=faq, insights=SqlInsightsRepo(db), blocks=blocks, audit=audit,
                           snippets=snippets, metrics=measure, candidates=SqlCandidateRepo(db), privacy=privacy)
        # The change marker, not the entries: reading 5,000 entries twice would slow every restart.
        if seed_faq and not await faq.repo.change_marker():
            path = settings.faq_file or default_faq_path()
            count = await faq.import_entries(load_faq(path), SYSTEM)
            log.info("empty database: imported %d FAQ entries from %s", count, path)
        await desk.start()
        if observer is not None:
            observer.watch(db=db, tickets=ticket_repo, outbox=outbox, model=embedder.name, index=index, clock=clock)
    except BaseException:
        await db.dispose()
        await cache_db.dispose()
        raise
    hours = desk.hours
    return DeskApp(desk, db, cache_db, Housekeeper(desk.tickets, settings.sla, hours), delivery, inbox, observer)


@dataclass
class Records:
    """The stored records without the model: enough for `supportbot stats`."""

    insights: SqlInsightsRepo
    faq: SqlFaqRepo
    outbox: SqlOutboxRepo
    tickets: SqlTicketRepo

    async def categories(self) -> dict[str, str]:
        """Return each live FAQ entry's category."""
        return {e.id: e.category for e in await self.faq.list_entries()}


@contextlib.asynccontextmanager
async def open_records(settings: Settings) -> AsyncIterator[Records]:
    """Migrate and open the database for reading records; closed on exit."""
    async with _migrated(settings) as db:
        yield Records(SqlInsightsRepo(db), SqlFaqRepo(db), SqlOutboxRepo(db), SqlTicketRepo(db))


@contextlib.asynccontextmanager
async def _migrated(settings: Settings) -> AsyncIterator[Database]:
    """The settings' database, migrated; disposed of on exit (the CLI's commands that need no model)."""
    url = settings.resolved_database_url
    await upgrade_async(url)
    db = Database(make_engine(url, timeout=settings.database_timeout_seconds))
    try:
        yield db
    finally:
        await db.dispose()


def _transcripts(settings: Settings) -> TranscriptOptions | None:
    """How a resolved or closed ticket's transcript is written, or None when the desk posts none."""
    if not settings.transcript_on_resolve:
        return None
    return TranscriptOptions(settings.timezone, settings.staff_language)


def _ticket_services(db: Database, settings: Settings, clock: Clock) -> tuple[TicketService, AuditLog]:
    """Tickets and the audit log in one unit of work; their platform effects (a closed ticket's transcript
    too) wait in the outbox for the bots."""
    units = UnitOfWork(db, SqlOutboxRepo(db), clock)
    tickets = TicketService(SqlTicketRepo(db), units, clock, _transcripts(settings))
    return tickets, AuditLog(SqlAuditRepo(db), units, clock)


@dataclass
class Moderation:
    """Blocks and the audit log without the model: enough for `supportbot block` and `supportbot audit`."""

    blocks: BlockService
    audit: AuditLog


@contextlib.asynccontextmanager
async def open_moderation(settings: Settings, clock: Clock = utcnow) -> AsyncIterator[Moderation]:
    """Migrate and open the database for blocks and the audit; a block's effects wait in the outbox for the bots."""
    async with _migrated(settings) as db:
        tickets, audit = _ticket_services(db, settings, clock)
        yield Moderation(BlockService(SqlBlockRepo(db), tickets, audit, timezone=settings.timezone, clock=clock),
                         audit)


@contextlib.asynccontextmanager
async def open_privacy(settings: Settings, clock: Clock = utcnow) -> AsyncIterator[PrivacyService]:
    """Migrate and open the database for `supportbot privacy` (export, forget, purge) without the model."""
    async with _migrated(settings) as db:
        tickets, audit = _ticket_services(db, settings, clock)
        yield PrivacyService(SqlPrivacyRepo(db), tickets, SqlBlockRepo(db), audit, timezone=settings.timezone,
                             clock=clock)
