"""Scrape the endpoint the way Prometheus does and parse what it serves."""

from __future__ import annotations

import httpx
from prometheus_client.parser import text_string_to_metric_families

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


async def scrape(port: int) -> Samples:
    """GET /metrics and parse it: every sample by name and labels."""
    async with httpx.AsyncClient() as client:
        response = await client.get(f"http://127.0.0.1:{port}/metrics")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    return {(s.name, frozenset(s.labels.items())): s.value
            for family in text_string_to_metric_families(response.text) for s in family.samples}


def value(samples: Samples, name: str, **labels: str) -> float:
    """One sample's value; a missing series fails the test with the ones of that name there are."""
    key = (name, frozenset(labels.items()))
    assert key in samples, f"{name}{labels} not scraped; have {sorted(k for k in samples if k[0] == name)}"
    return samples[key]


async def health(port: int) -> tuple[int, dict[str, object]]:
    """GET /healthz: the status code and the JSON body."""
    async with httpx.AsyncClient() as client:
        response = await client.get(f"http://127.0.0.1:{port}/healthz")
    assert response.headers["content-type"].startswith("application/json")
    return response.status_code, response.json()
