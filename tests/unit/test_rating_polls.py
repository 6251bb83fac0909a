"""How a rating poll's request is stored and read back, for a vote to find its ticket."""

from core.tickets.polls import PollRequest, asks_by_poll


def test_a_poll_request_round_trips_and_a_button_request_is_not_one():
    request = PollRequest("5000000000000000001", "-1001234567890", "1042")
    assert PollRequest.parse(request.ref) == request
    assert PollRequest.parse("1001:1042") is None  # a message with buttons, as stored before polls
    assert PollRequest.parse("poll:1:2") is None and PollRequest.parse("poll::2:3") is None


def test_a_vote_matches_only_its_own_poll():
    ref = PollRequest("12", "1001", "7").ref
    assert asks_by_poll(ref, "12")
    assert not asks_by_poll(ref, "1") and not asks_by_poll(ref, "123") and not asks_by_poll("1001:7", "1001")
