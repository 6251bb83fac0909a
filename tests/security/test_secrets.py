"""Secrets: recall and false positives of the redaction on a generated corpus, and no secret reaching the
database, the logs or a relay."""

import logging

import pytest

from core.desk import Inbound
from core.models import Actor
from core.redaction import redact
from core.settings import LimitSettings
from tests.security.corpus import near_misses, secrets

SECRETS, NEAR_MISSES = secrets(), near_misses()


def test_recall_is_complete_and_near_misses_are_kept():
    missed = [s for s in SECRETS if s.leaks(redact(s.text).text)]
    flagged = [s for s in NEAR_MISSES if redact(s.text).found]
    kinds = sorted({s.kind for s in SECRETS})
    print(f"\nsecrets {len(SECRETS)} ({', '.join(kinds)}): recall {1 - len(missed) / len(SECRETS):.3f}; "
          f"near misses {len(NEAR_MISSES)}: false-positive rate {len(flagged) / len(NEAR_MISSES):.3f}")
    assert not missed, [s.text[:80] for s in missed[:5]]
    assert not flagged, [s.text[:80] for s in flagged[:5]]
    assert len({s.kind for s in SECRETS if s.kind.startswith("seed_") and "zh" not in s.kind}) == 5  # 12..24 words


def test_the_leak_check_itself_sees_an_unredacted_secret():
    assert all(s.leaks(s.text) for s in SECRETS)


@pytest.fixture
async def desk(make_desk, settings):
    unlimited = LimitSettings(burst=0, per_minute=0, tickets_per_hour=0, _env_file=None)  # type: ignore[call-arg]
    return (await make_desk(settings=settings.model_copy(update={"limits": unlimited}))).desk


async def test_no_secret_reaches_the_database_the_logs_or_a_relay(desk, notifier, caplog):
    caplog.set_level(logging.DEBUG)
    mod = Actor("test", "m1", "Mia", is_moderator=True)
    # Half go to the bot (pending conversation), half are relayed to a claimed ticket.
    half = len(SECRETS) // 2
    for number, sample in enumerate(SECRETS[:half]):
        await desk.handle_message(Inbound("test", f"bot-{number % 7}", sample.text))
    opened = await desk.request_human(Inbound("test", "relay", "help, I pasted things"))
    await desk.tickets.claim(opened.ticket.id, mod)
    for sample in SECRETS[half:]:
        outcome = await desk.handle_message(Inbound("test", "relay", sample.text))
        assert outcome.relayed and outcome.secrets
    stored = []
    for ticket in await desk.tickets.repo.list(limit=100):
        stored += [m.text for m in await desk.tickets.repo.messages(ticket.id)]
    relayed = [text for _, text in notifier.to_staff_sent]
    # (some bot-path users were escalated too, and their later messages relayed as well)
    assert len(relayed) >= len(SECRETS) - half
    for sample in SECRETS:
        for where, texts in (("database", stored), ("relay", relayed), ("logs", [caplog.text])):
            leaked = [leak for text in texts for leak in sample.leaks(text)]
            assert not leaked, f"{sample.kind} reached the {where}: {leaked[:3]}"
