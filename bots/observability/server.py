"""The HTTP endpoint: ``/metrics`` for Prometheus, ``/healthz`` for a load balancer or an orchestrator.

Served by aiohttp on the bot's own event loop (discord.py already depends on it): the database reads
behind a scrape are awaited like any other query, instead of blocking a thread on the loop.
"""

from __future__ import annotations

import json

from aiohttp import web
from prometheus_client import CollectorRegistry
from prometheus_client.exposition import choose_encoder

from bots.observability.health import Health
from bots.observability.metrics import QueueGauges


class MetricsServer:
    """Listens on ``host:port`` (port 0: any free one; ``port`` tells which) until stopped."""

    def __init__(self, registry: CollectorRegistry, gauges: QueueGauges, health: Health, host: str,
                 port: int) -> None:
        self._registry, self._gauges, self._health = registry, gauges, health
        self.host, self.port = host, port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Bind and serve; raises ``OSError`` when the port is taken (loud at start, not a silent gap)."""
        app = web.Application()
        app.router.add_get("/metrics", self._metrics)
        app.router.add_get("/healthz", self._healthz)
        runner = web.AppRunner(app, access_log=None)  # a scrape every 15 s would drown the bot's own log
        await runner.setup()
        try:
            await web.TCPSite(runner, self.host, self.port).start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self.port = int(runner.addresses[0][1])

    async def stop(self) -> None:
        """Stop listening and close open connections."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def _metrics(self, request: web.Request) -> web.Response:
        await self._gauges.refresh()
        # Prometheus asks for OpenMetrics; curl and older scrapers get the classic text format.
        encode, content_type = choose_encoder(request.headers.get("Accept", ""))
        return web.Response(body=encode(self._registry), headers={"Content-Type": content_type})

    async def _healthz(self, request: web.Request) -> web.Response:
        healthy, body = await self._health.check()
        return web.Response(text=json.dumps(body), status=200 if healthy else 503, content_type="application/json")
