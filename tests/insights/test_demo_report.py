"""A simulated week through the real desk and model, then stats, gaps and the HTML report rendered in Chromium."""

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bots.bootstrap import build_desk
from bots.cli.app import app as cli
from bots.demo import SimClock, simulate
from bots.report import render_report
from core.insights.gaps import gap_samples, mine_gaps
from core.insights.stats import compute_stats
from core.settings import Settings
from storage.engine import Database, make_engine
from storage.insights_repo import SqlInsightsRepo
from tests.browser import colours, screenshot

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
async def week(tmp_path_factory, real_embedder, vector_cache_url):
    folder = tmp_path_factory.mktemp("demo")
    settings = Settings(database_url=f"sqlite:///{folder / 'demo.db'}", _env_file=None)  # type: ignore[call-arg]
    clock = SimClock(datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    app = await build_desk(settings, embedder=real_embedder, clock=clock, vector_cache_url=vector_cache_url)
    summary = await simulate(app.desk, clock, days=7, conversations=120, seed=3)
    db = Database(make_engine(settings.resolved_database_url))
    data = await SqlInsightsRepo(db).desk_data(clock.now - timedelta(days=8), clock.now)
    await db.dispose()
    stats = compute_stats(data, {e.id: e.category for e in app.desk.index.entries})
    gaps = await mine_gaps(gap_samples(data), app.desk.index, app.desk.intents, settings.decision)
    await app.close()
    return settings, summary, stats, gaps


async def test_the_week_adds_up(week):
    _, summary, stats, _ = week
    assert stats.conversations >= summary.conversations - 20  # a user writing into an open ticket adds no conversation
    assert stats.messages >= summary.messages
    assert stats.escalated >= summary.escalated and stats.resolved == summary.resolved
    assert stats.satisfaction.count == summary.rated
    assert 0.3 < stats.deflection_rate < 0.9  # most questions are FAQ ones, some are not
    assert len(stats.by_moderator) == 3 and stats.first_response.median is not None
    assert sum(n for _, n in stats.response_buckets) == stats.first_response.count


async def test_gaps_find_the_topics_the_faq_lacks(week):
    _, _, _, gaps = week
    assert gaps, "no clusters"
    words = " ".join(" ".join(g.examples) for g in gaps).lower()
    assert sum(topic in words for topic in ("nft", "stake", "质押", "ledger", "硬件", "usdt", "银行")) >= 2
    # Requests for a person and complaints carry no topic and never form a gap.
    assert "转人工" not in words and "real person" not in words


def test_stats_command_reads_the_same_week(week):
    settings, _, stats, _ = week
    result = CliRunner().invoke(cli, ["stats", "--json", "--database", settings.resolved_database_url,
                                      "--since", "2026-11-15", "--until", "2026-11-24"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["conversations"] == stats.conversations and payload["escalated"] == stats.escalated


def test_a_bad_period_is_a_clear_error(week):
    settings, *_ = week
    result = CliRunner().invoke(cli, ["stats", "--database", settings.resolved_database_url,
                                      "--since", "2026-11-20", "--until", "2026-11-10"])
    assert result.exit_code == 2 and "is not before" in result.output


async def test_the_report_is_self_contained_and_renders(week, tmp_path: Path):
    _, _, stats, gaps = week
    page = render_report(stats, gaps)
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert page.count("<svg") == 6 and "Top gaps" in page
    html = tmp_path / "report.html"
    html.write_text(page, encoding="utf-8")
    width, height, pixels = screenshot(html, tmp_path, 1200, 1800)
    assert (width, height) == (1200, 1800)
    # A blank or broken page is one colour; charts, text and tiles give many.
    assert colours(pixels) > 50



def test_a_cluster_becomes_an_faq_entry_in_one_step(week):
    settings, *_ = week
    url = settings.resolved_database_url
    listed = CliRunner().invoke(cli, ["gaps", "--json", "--database", url, "--since", "2026-11-15",
                                      "--until", "2026-11-24"])
    assert listed.exit_code == 0, listed.output
    first = json.loads(listed.output)[0]
    promoted = CliRunner().invoke(cli, [
        "gaps", "--database", url, "--since", "2026-11-15", "--until", "2026-11-24", "--promote", "1",
        "--id", "from-gap", "--answer-en", "Here is how.", "--answer-zh", "方法如下。"])
    assert promoted.exit_code == 0, promoted.output
    assert "is now FAQ entry from-gap" in promoted.output
    shown = CliRunner().invoke(cli, ["faq", "show", "from-gap", "--database", url])
    assert shown.exit_code == 0 and first["examples"][0] in shown.output
    refused = CliRunner().invoke(cli, ["gaps", "--database", url, "--promote", "1"])
    assert refused.exit_code == 2 and "--promote needs --id" in refused.output
