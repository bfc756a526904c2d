"""The message model: a source's first and last dates, counted message by message."""

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from guardian.ingest.model import Message, Source

PARIS_SUMMER = timezone(timedelta(hours=2))
ZONES = [None, UTC, PARIS_SUMMER, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5))]  # two equal +2s


def _message(at: datetime | None) -> Message:
    return Message("whatsapp", "c", "c", "Sam", False, at, "salut")


times = st.one_of(
    st.none(),
    st.builds(
        lambda minutes, zone: datetime(2024, 3, 1, tzinfo=zone) + timedelta(minutes=minutes),
        st.integers(-100_000, 100_000),
        st.sampled_from(ZONES),
    ),
)


@given(st.lists(times, max_size=40))
def test_bounds_are_the_earliest_and_latest_wall_clock_readings(ats: list[datetime | None]) -> None:
    source = Source("chat.txt", "whatsapp", "whatsapp-txt", "", "0" * 64)
    for at in ats:
        source.count(_message(at))
    readings = [at.replace(tzinfo=None) for at in ats if at is not None]
    assert source.messages == len(ats)
    assert (source.first_at, source.last_at) == (min(readings, default=None), max(readings, default=None))


def test_bounds_in_one_zone_and_then_another() -> None:
    source = Source("result.json", "telegram", "telegram-json", "full", "0" * 64)
    for hour in (12, 9, 15, 10):
        source.count(_message(datetime(2024, 3, 1, hour, tzinfo=UTC)))
    # 08:00 in New York is 13:00 UTC: as a wall-clock reading it is the earliest of all.
    source.count(_message(datetime(2024, 3, 1, 8, tzinfo=timezone(timedelta(hours=-5)))))
    source.count(_message(datetime(2024, 3, 1, 16)))
    assert (source.first_at, source.last_at) == (datetime(2024, 3, 1, 8), datetime(2024, 3, 1, 16))
