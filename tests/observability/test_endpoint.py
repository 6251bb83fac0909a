"""/metrics and /healthz of a running desk: counters move, histograms fill, gauges read the queue."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import httpx
import pytest
from prometheus_client import CollectorRegistry
from sqlalchemy.engine import make_url

from bots.observability.metrics import PrometheusMetrics
from core.desk import Inbound
from core.errors import InvalidInput
from core.retrieval.batching import MicroBatcher
from core.settings import OutboxSettings, Settings
from core.tickets.notify import StaffThread, TicketCard
from tests.conftest import postgres_database
from tests.fakes import FakeEmbedder, FakeNotifier
from tests.faults.proxy import FaultProxy
from tests.observability.scrape import health, scrape, value


def user(text: str, uid: str, platform: str = "test") -> Inbound:
    return Inbound(platform, uid, text)


async def served(make_desk, settings: Settings, **kwargs):
    app = await make_desk(settings=settings, **kwargs)
    await app.serve_metrics()
    assert app.observer is not None and app.observer.port
    return app, app.observer.port


class RefusingNotifier(FakeNotifier):
    """A platform that refuses every staff card (a bot removed from the staff group, say)."""

    async def ticket_opened(self, card: TicketCard) -> StaffThread | None:
        raise RuntimeError("Forbidden: bot was kicked from the supergroup chat")


async def test_a_scrape_shows_messages_decisions_latency_and_the_queue(make_desk, metrics_settings):
    app, port = await served(make_desk, metrics_settings)
    desk = app.desk
    await desk.handle_message(user("my deposit has not arrived", "u1"))  # answer: a pending conversation
    await desk.handle_message(user("hello", "u2"))  # smalltalk
    await desk.handle_message(user("my account is frozen", "u3"))  # escalate: the card goes to the fake platform
    # Escalated on a platform this process does not serve: the card waits for that platform's process.
    await desk.handle_message(user("my account is frozen", "u4", platform="elsewhere"))
    with pytest.raises(InvalidInput):
        await desk.handle_message(user("   ", "u5"))

    samples = await scrape(port)
    assert value(samples, "supportbot_messages_total", platform="test", outcome="answer") == 1
    assert value(samples, "supportbot_messages_total", platform="test", outcome="smalltalk") == 1
    assert value(samples, "supportbot_messages_total", platform="test", outcome="escalate") == 1
    assert value(samples, "supportbot_messages_total", platform="elsewhere", outcome="escalate") == 1
    assert value(samples, "supportbot_messages_total", platform="test", outcome="refused") == 1
    assert value(samples, "supportbot_decisions_total", kind="escalate") == 2
    assert value(samples, "supportbot_decisions_total", kind="suggest") == 0  # every kind is there from the start
    assert value(samples, "supportbot_answer_seconds_count", kind="answer") == 1
    assert value(samples, "supportbot_answer_seconds_count", kind="escalate") == 2
    assert value(samples, "supportbot_answer_seconds_sum", kind="answer") > 0
    # Three different texts went through the model (the repeated one came from the recent-message cache).
    assert value(samples, "supportbot_encode_batch_size_count") == 3
    assert value(samples, "supportbot_encode_batch_size_sum") == 3

    assert value(samples, "supportbot_tickets", state="open") == 2
    assert value(samples, "supportbot_tickets", state="pending") == 1
    assert value(samples, "supportbot_tickets", state="claimed") == 0
    assert value(samples, "supportbot_outbox_backlog") >= 1  # the "elsewhere" card
    assert value(samples, "supportbot_outbox_rows", state="pending") >= 1
    assert value(samples, "supportbot_outbox_rows", state="done") >= 1
    assert value(samples, "supportbot_outbox_deliveries_total", platform="test", result="sent") >= 1
    assert value(samples, "supportbot_outbox_last_delivery_timestamp_seconds") > 0
    assert value(samples, "supportbot_database_up") == 1
    assert ("process_resident_memory_bytes", frozenset()) in samples  # the process's own figures too


async def test_the_gauges_follow_the_queue(make_desk, metrics_settings):
    app, port = await served(make_desk, metrics_settings)
    assert value(await scrape(port), "supportbot_tickets", state="open") == 0
    await app.desk.request_human(user("please, a person", "u1"))
    await asyncio.sleep(1.1)  # scrapes within a second share one read of the database
    assert value(await scrape(port), "supportbot_tickets", state="open") == 1


async def test_a_parked_delivery_counts_as_an_error(make_desk, metrics_settings):
    settings = metrics_settings.model_copy(update={"outbox": OutboxSettings(_env_file=None, max_attempts=1,
                                                                              inline_seconds=30)})
    app, port = await served(make_desk, settings, notifiers={"test": RefusingNotifier()})
    await app.desk.handle_message(user("my account is frozen", "u1"))
    samples = await scrape(port)
    assert value(samples, "supportbot_outbox_deliveries_total", platform="test", result="parked") == 1
    assert value(samples, "supportbot_outbox_rows", state="parked") == 1
    assert value(samples, "supportbot_errors_total", logger="core.outbox.delivery") >= 1


async def test_encode_batch_sizes_are_observed():
    registry = CollectorRegistry()
    batcher = MicroBatcher(FakeEmbedder().encode_queries, max_batch=4, wait=0.0)
    batcher.metrics = PrometheusMetrics(registry)
    await asyncio.gather(*(batcher.encode(f"message {i}") for i in range(10)))  # queued before the first batch
    assert registry.get_sample_value("supportbot_encode_batch_size_count") == 3
    assert registry.get_sample_value("supportbot_encode_batch_size_sum") == 10
    assert registry.get_sample_value("supportbot_encode_batch_size_bucket", {"le": "2.0"}) == 1  # the last two
    assert registry.get_sample_value("supportbot_encode_seconds_count") == 3


async def test_health_is_ok_then_503_when_the_database_file_is_gone(make_desk, metrics_settings):
    app, port = await served(make_desk, metrics_settings)
    status, body = await health(port)
    assert status == 200 and body["status"] == "ok" and body["database"]["ok"] is True
    assert body["model"] == {"loaded": True, "name": "fake-ngrams", "faq_entries": 3}
    assert body["outbox"]["last_delivery_age_seconds"] is None  # nothing delivered yet

    await app.desk.handle_message(user("my account is frozen", "u1"))
    status, body = await health(port)
    assert status == 200 and body["outbox"]["last_delivery_age_seconds"] >= 0
    assert value(await scrape(port), "supportbot_database_up") == 1

    database = Path(make_url(metrics_settings.resolved_database_url).database or "")
    for path in database.parent.glob(database.name + "*"):  # the file and its WAL
        path.unlink()
    status, body = await health(port)
    assert status == 503 and body["status"] == "unavailable"
    assert body["database"] == {"ok": False, "error": "StorageUnavailable"}
    # Metrics are still served, with the last figures read, and say why they stopped moving.
    await asyncio.sleep(1.1)  # scrapes within a second share one read of the database
    samples = await scrape(port)
    assert value(samples, "supportbot_database_up") == 0
    assert value(samples, "supportbot_tickets", state="open") == 1


async def test_metrics_are_off_unless_enabled(make_desk, settings, monkeypatch):
    assert Settings.model_fields["metrics_enabled"].default is False
    monkeypatch.setenv("SUPPORTBOT_METRICS_ENABLED", "true")
    monkeypatch.setenv("SUPPORTBOT_METRICS_HOST", "0.0.0.0")
    monkeypatch.setenv("SUPPORTBOT_METRICS_PORT", "9500")
    monkeypatch.setenv("SUPPORTBOT_LOG_FORMAT", "json")
    configured = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (configured.metrics_enabled, configured.metrics_host, configured.metrics_port) == (True, "0.0.0.0", 9500)
    assert configured.log_format == "json"
    app = await make_desk(settings=settings)
    await app.serve_metrics()
    assert app.observer is None


async def test_a_taken_port_fails_at_start_and_close_frees_it(make_desk, metrics_settings):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = metrics_settings.model_copy(update={"metrics_port": taken.getsockname()[1]})
        app = await make_desk(settings=busy)
        with pytest.raises(OSError):
            await app.serve_metrics()

    app, port = await served(make_desk, metrics_settings)
    await app.close()
    with pytest.raises(httpx.ConnectError):
        await scrape(port)


async def test_health_is_503_while_postgresql_is_cut_off_and_ok_again_after(make_desk, metrics_settings):
    async with postgres_database("health") as direct:
        url = make_url(direct)
        proxy = FaultProxy(url.host or "127.0.0.1", url.port or 5432)
        await proxy.start()
        through = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        try:
            settings = metrics_settings.model_copy(update={"database_url": through, "database_timeout_seconds": 2})
            app, port = await served(make_desk, settings)
            assert (await health(port))[0] == 200
            await proxy.cut()
            status, body = await health(port)
            assert status == 503 and body["database"]["ok"] is False
            assert value(await scrape(port), "supportbot_database_up") == 0
            await proxy.restore()
            status, body = await health(port)
            assert status == 200 and body["database"]["ok"] is True
            await app.close()
        finally:
            await proxy.cut()
