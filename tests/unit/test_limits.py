"""The per-user token bucket: a burst, a refill rate, one notice per blocked stretch, bounded memory."""

from core.limits import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_then_refill_and_one_notice_per_stretch():
    clock = Clock()
    limiter = RateLimiter(3, 60, clock=clock)  # 3 at once, then one a second
    assert [limiter.check("u").allowed for _ in range(3)] == [True, True, True]
    first, second = limiter.check("u"), limiter.check("u")
    assert not first.allowed and first.notify and 0 < first.retry_after <= 1
    assert not second.allowed and not second.notify  # the flood is not answered message by message
    clock.now += 1
    assert limiter.check("u").allowed
    clock.now += 0.1
    assert limiter.check("u").notify  # a new stretch of refusals gets its one notice
    assert limiter.refused == 3


def test_users_do_not_share_a_bucket_and_zero_turns_it_off():
    limiter = RateLimiter(1, 1, clock=Clock())
    assert limiter.check("a").allowed and limiter.check("b").allowed
    assert not limiter.check("a").allowed
    off = RateLimiter(0, 0, clock=Clock())
    assert all(off.check("a").allowed for _ in range(1000))


def test_memory_is_bounded_by_forgetting_the_least_recent_users():
    limiter = RateLimiter(1, 1, clock=Clock(), capacity=100)
    for number in range(1000):
        limiter.check(str(number))
    assert len(limiter._buckets) == 100
    assert limiter.check("0").allowed  # forgotten, so it starts with a full bucket
