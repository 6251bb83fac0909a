"""Shared fixtures: real SQLite files, the real model loaded once, a desk wired like production."""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest

from bots.bootstrap import DeskApp, build_desk, load_embedder
from core.ports import Embedder
from core.settings import OutboxSettings, Settings, default_vector_cache_file
from tests.fakes import FakeEmbedder, FakeNotifier

os.environ.setdefault("HF_HUB_OFFLINE", "1")

# The labeled eval set lives beside the repository (../shared/eval); SUPPORTBOT_EVAL_DIR points elsewhere.
SHARED = Path(os.environ.get("SUPPORTBOT_EVAL_DIR") or Path(__file__).resolve().parents[2] / "shared" / "eval")
SMALL_FAQ = """
- id: deposit-missing
  category: deposit
  questions: [my deposit has not arrived, 充值没到账]
  answer: {zh: 请用交易哈希查询。, en: Check the transaction hash in an explorer.}
- id: reset-password
  category: account
  questions: [how do I reset my password, 怎么重置密码]
  answer: {zh: 点击忘记密码。, en: Tap forgot password.}
- id: account-frozen
  category: account
  escalate: true
  questions: [my account is frozen, 账户被冻结]
  answer: {zh: 已转人工。, en: A human will check your account.}
"""


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings on a fresh SQLite file in the test's own folder."""
    faq = tmp_path / "faq.yaml"
    faq.write_text(SMALL_FAQ, encoding="utf-8")
    # No machine-wide vector cache: tests count what is encoded (the run shares `vector_cache_url` instead).
    # An action waits for its own effects up to 30 s (1 s when shipped): a loaded CI machine must not turn
    # "delivered right after the action" into a race; tests of the budget itself set it.
    # A failed send is retried after 0.25 s, not 2 s: the stories of failures would wait the shipped backoff.
    outbox = OutboxSettings(inline_seconds=30, backoff_seconds=0.25, _env_file=None)  # type: ignore[call-arg]
    return Settings(database_url=f"sqlite:///{tmp_path / 'desk.db'}", faq_file=faq,  # type: ignore[call-arg]
                    vector_cache_file=None, outbox=outbox, _env_file=None)


@contextlib.asynccontextmanager
async def postgres_database(prefix: str = "test") -> AsyncIterator[str]:
    """A fresh database on the test server (SUPPORTBOT_TEST_POSTGRES_URL), dropped afterwards; skips without one."""
    server = os.environ.get("SUPPORTBOT_TEST_POSTGRES_URL")
    if not server:
        pytest.skip("SUPPORTBOT_TEST_POSTGRES_URL not set (.ci/run starts a server and sets it)")
    import asyncpg
    from sqlalchemy.engine import make_url

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(server)
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


@pytest.fixture(params=["sqlite", "postgresql"])
async def backend_settings(request: pytest.FixtureRequest, settings: Settings) -> AsyncIterator[Settings]:
    """The test's settings on SQLite, then on a fresh PostgreSQL database (SUPPORTBOT_TEST_POSTGRES_URL)."""
    if request.param == "sqlite":
        yield settings
        return
    async with postgres_database() as url:
        yield settings.model_copy(update={"database_url": url})


@pytest.fixture
def notifier() -> FakeNotifier:
    return FakeNotifier()


DeskFactory = Callable[..., Coroutine[Any, Any, DeskApp]]


@pytest.fixture
async def make_desk(settings: Settings, notifier: FakeNotifier) -> AsyncIterator[DeskFactory]:
    """Build desks on the test's database with the fake embedder; all are closed afterwards."""
    apps: list[DeskApp] = []

    async def factory(**kwargs: Any) -> DeskApp:
        kwargs.setdefault("embedder", FakeEmbedder())
        kwargs.setdefault("notifiers", {"test": notifier})
        app = await build_desk(kwargs.pop("settings", settings), **kwargs)
        apps.append(app)
        return app

    yield factory
    for app in apps:
        await app.close()


@pytest.fixture(scope="session")
def real_embedder() -> Embedder:
    """The real EmbeddingGemma, loaded once per run (fetched by .ci/setup)."""
    return load_embedder(Settings(_env_file=None))  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def machine_vectors(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """A copy of this machine's vector cache (.ci/setup warms it with the shipped FAQ), for the platform stories:
    they run on the shipped FAQ and count no encodes, so they need not encode it again. A copy, so tests never
    write to the real one; None when there is none (or it is too big to copy)."""
    machine = default_vector_cache_file()
    if not machine.is_file() or machine.stat().st_size > 64 * 2**20:
        return None
    copy = tmp_path_factory.mktemp("machine-vectors") / machine.name
    shutil.copyfile(machine, copy)
    return copy


@pytest.fixture(scope="session")
def vector_cache_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One vector cache for the whole run, so each FAQ text is encoded by the real model once."""
    return f"sqlite:///{tmp_path_factory.mktemp('vectors') / 'cache.db'}"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A run in which every test was skipped checked nothing: report it as "no tests ran", not success."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if exitstatus == pytest.ExitCode.OK and reporter is not None and not reporter.stats.get("passed"):
        session.exitstatus = pytest.ExitCode.NO_TESTS_COLLECTED
