"""gr.cache / gr.Cache: memoised by content, LRU, per session, generators replayed."""

import liteblocks as gr


def test_cache_decorator_memoises_by_content_and_evicts():
    calls = []

    @gr.cache(max_size=2)
    def square(xs):
        calls.append(list(xs))
        return sum(x * x for x in xs)

    assert square([1, 2]) == 5 and square([1, 2]) == 5 and calls == [[1, 2]]
    square([3]); square([4])  # [1, 2] is evicted (least recently used)
    square([1, 2])
    assert calls == [[1, 2], [3], [4], [1, 2]]


def test_generators_are_replayed_and_runtime_use():
    runs = []

    @gr.cache
    def count(n):
        runs.append(n)
        yield from range(n)

    assert list(count(3)) == [0, 1, 2] and list(count(3)) == [0, 1, 2] and runs == [3]
    assert gr.cache(len)("abc") == 3


def test_manual_cache_and_memory_limit():
    c = gr.Cache(max_memory="1kb")
    c.set("a", text="x" * 600)
    assert c.get("a") == {"text": "x" * 600} and c.keys() == ["a"]
    c.set("b", text="y" * 600)  # both do not fit in 1 KiB: "a" goes
    assert c.get("a") is None and c.get("b") is not None and len(c) == 1
    c.clear()
    assert len(c) == 0
