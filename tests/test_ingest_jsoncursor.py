"""The JSON cursor: runs of array elements parsed at once must be exactly the elements, whatever
the layout, the chunking and the content of strings; damage raises after a true prefix."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardian.ingest import jsoncursor
from guardian.ingest.jsoncursor import JsonCursor

# Strings that look like the places where runs are cut, or hold what orjson refuses.
TRAPS = ["},{", "}, {", "},\n  {", "}]", '\\"},{"', "\ud800", "é😂", "\\", '"']
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**63), 2**63 - 1), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12), st.sampled_from(TRAPS),
)
values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12,
)
elements = st.lists(st.dictionaries(st.sampled_from(["id", "text", "from", "e"]), values, max_size=4), max_size=30)
layouts = st.sampled_from([{}, {"indent": 1}, {"indent": 2}, {"separators": (",", ":")}, {"indent": "\t"}])


@contextmanager
def small_buffers() -> Iterator[None]:
    """Tiny chunks and runs, so reading more and cutting runs happen inside every document."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jsoncursor, "CHUNK", 7)
        patch.setattr(jsoncursor, "RUN", 60)
        yield


def _read_runs(data: bytes) -> tuple[list[list[Any]], Exception | None]:
    """The runs of the array under "messages", and the error that stopped reading, if any."""
    runs: list[list[Any]] = []
    try:
        cursor = JsonCursor(io.BytesIO(data))
        for key in cursor.members():
            if key == "messages":
                runs.extend(cursor.runs())
            else:
                cursor.skip()
        cursor.end()
    except ValueError as error:
        return runs, error
    return runs, None


def _document(items: list[Any], layout: dict[str, Any]) -> bytes:
    """UTF-8 as exporters write it; a lone surrogate can only be written escaped."""
    text = json.dumps({"name": "x", "messages": items, "after": [1, {"a": "}"}]}, ensure_ascii=False, **layout)
    return text.encode("utf-8", "backslashreplace")


def _check_runs(items: list[Any], layout: dict[str, Any]) -> None:
    data = _document(items, layout)
    runs, error = _read_runs(data)
    assert error is None
    assert [item for run in runs for item in run] == json.loads(data)["messages"]
    assert all(runs)


@settings(max_examples=300, deadline=None)
@given(items=elements, layout=layouts)
def test_runs_are_exactly_the_elements_in_any_layout(items: list[Any], layout: dict[str, Any]) -> None:
    _check_runs(items, layout)


@settings(max_examples=100, deadline=None)
@given(items=elements, layout=layouts)
def test_tiny_buffers_change_nothing(items: list[Any], layout: dict[str, Any]) -> None:
    with small_buffers():
        _check_runs(items, layout)


def test_long_arrays_are_parsed_many_elements_at_a_time() -> None:
    items = [{"id": n, "text": "salut ça va", "text_entities": [{"type": "plain", "text": "salut"}]}
             for n in range(5000)]
    for layout in ({}, {"indent": 1}):
        runs, error = _read_runs(_document(items, layout))
        assert error is None and [item for run in runs for item in run] == items
        assert len(runs) < 50  # not one element at a time: a run holds hundreds


@settings(max_examples=60, deadline=None)
@given(items=elements.filter(lambda items: len(items) > 2), layout=layouts, cut=st.floats(0.05, 0.95))
def test_damage_raises_after_a_true_prefix(items: list[Any], layout: dict[str, Any], cut: float) -> None:
    data = _document(items, layout)
    with small_buffers():
        runs, error = _read_runs(data[: int(len(data) * cut)])
    assert isinstance(error, ValueError)
    read = [item for run in runs for item in run]
    assert read == items[: len(read)]


def test_garbage_inside_an_element_stops_reading_there() -> None:
    items = [{"id": n, "text": "x" * 40} for n in range(3000)]
    data = _document(items, {"indent": 1})
    at = data.index(b'"id": 1500')
    runs, error = _read_runs(data[:at] + b"garbage " + data[at:])
    assert isinstance(error, ValueError)
    assert [item for run in runs for item in run] == items[:1500]


class _Reads(io.BytesIO):
    """A stream that remembers the largest read: the cursor asks for as much as it holds."""

    largest = 0

    def read(self, size: int | None = -1, /) -> bytes:
        self.largest = max(self.largest, size or 0)
        return super().read(size)


def test_skip_passes_a_huge_value_without_holding_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsoncursor, "CHUNK", 1024)
    history = json.dumps([{"Date": "2024-01-01", "Link": "https://x/}]{[\\\"" + str(n)} for n in range(20000)])
    stream = _Reads(b'{"history": ' + history.encode() + b', "messages": [{"id": 1}]}')
    cursor = JsonCursor(stream)
    assert next(cursor.members()) == "history"
    cursor.skip()
    assert cursor.peek() == ord(",")
    assert len(history) > 1024**2 and stream.largest < 4 * 1024
    whole = _Reads(history.encode())
    JsonCursor(whole).value()  # what skip avoids: the measure sees a section held whole
    assert whole.largest > 256 * 1024


def test_trailing_data_after_the_document_is_damage() -> None:
    runs, error = _read_runs(b'{"messages": [{"id": 1}]} {"more": 1}')
    assert runs == [[{"id": 1}]] and isinstance(error, ValueError)


@pytest.mark.parametrize(("data", "key", "items"), [
    (b'[{"a": 1}, 2, "x"]', None, [{"a": 1}, 2, "x"]),
    (b'{"guild": {"id": "1"}, "messages": [{"id": "m1"}, {"id": "m2"}], "messageCount": 2}', "messages",
     [{"id": "m1"}, {"id": "m2"}]),
    (b'{"messages": {"id": "m1"}}', "messages", []),  # not an array: nothing, as ijson.items gave
    (b'[{"messages": [1]}]', "messages", []),  # no root object: nothing
])
def test_array_items_yields_the_elements_at_a_key_or_of_the_document(data: bytes, key: str | None,
                                                                        items: list[Any]) -> None:
    assert list(jsoncursor.array_items(io.BytesIO(data), key)) == items


def test_array_items_reports_damage_after_the_document() -> None:
    with pytest.raises(ValueError):
        list(jsoncursor.array_items(io.BytesIO(b'{"messages": [{"id": 1}]} trailing'), "messages"))


def test_text_full_of_the_cut_bytes_costs_a_few_parses_per_element(monkeypatch: pytest.MonkeyPatch) -> None:
    # A message can hold "},{" thousands of times (anyone can send one): each would be a place
    # to try cutting a run, and each try parses the run again.
    items = [{"id": n, "text": "},{" * 3000} for n in range(100)]
    data = json.dumps({"messages": items}, separators=(",", ":")).encode()
    parses: list[int] = []
    loads = jsoncursor.orjson.loads

    def counted(text: bytes) -> Any:
        parses.append(1)
        return loads(text)

    monkeypatch.setattr(jsoncursor.orjson, "loads", counted)
    assert list(jsoncursor.array_items(io.BytesIO(data), "messages")) == items
    assert len(parses) <= 5 * len(items)  # without a bound on the tries: over 60,000
