"""Running handlers for one event until quiet.

Why: one front-end event can cascade — ``.then``/``.success``/``.failure``
chains and ``.change`` listeners of outputs whose value changed. Gradio does
that cascade in the browser; here Python does it in one call and returns the
accumulated updates. Rules (from gradio/blocks.py ``process_api``):

* State outputs with a ``.change`` listener are digested (``deep_hash``)
  before the handler runs and after its outputs are stored; a different digest
  fires ``.change``. Only *outputs* are tracked (``get_state_ids_to_track``),
  so mutating an input State in place without listing it as output fires
  nothing (the mutation itself stays: inputs are passed by reference).
* An ordinary output whose new value differs from its current value fires its
  ``.change`` (the browser does this in Gradio).
* A handler that raises stores nothing it returned; ``.success`` chains are
  skipped and ``.failure`` chains run.
* Generators (sync or async) run to exhaustion; the last yielded value is used
  (the Gradio 6 path, ``on_yield``, sends every yield as it comes).
* Order: after a handler, first the ``.change`` listeners it triggered, then
  its ``.then``/``.success``/``.failure`` chains (FIFO). A change listener
  already waiting in the queue is not queued twice. At most ``MAX_RUNS``
  handler runs per event (guard against ``.change`` loops).
"""

from __future__ import annotations

import inspect
import sys
import traceback
from collections import deque
from typing import Any

from . import errors, processing
from .renderable import current_session
from .state.state_hash import deep_hash

MAX_RUNS = 200

# Where the page is cross-origin isolated, js/run_interrupt.js gives a function that is true
# once when the KeyboardInterrupt being handled came from the page's Stop (not from the app).
_stop_flag = None


def use_stop_flag(flag) -> None:
    global _stop_flag
    _stop_flag = flag


def stopped_by_page() -> bool:
    return _stop_flag is not None and bool(_stop_flag())


async def resolve(result: Any) -> Any:
    """Await coroutines; exhaust generators and keep the last yielded value."""
    if inspect.isawaitable(result):
        result = await result
    if inspect.isasyncgen(result):
        last: Any = processing.skip()
        async for item in result:
            last = item
        return last
    if inspect.isgenerator(result):
        last = processing.skip()
        for item in result:
            last = item
        return last
    return result


class EventRun:
    """Accumulates the RESULT of one entry-point call for one session."""

    def __init__(self, blocks, session):
        self.blocks = blocks
        self.session = session
        self.updates: dict[int, dict] = {}
        self.errors: list[dict] = []
        self.info: list[dict] = []
        self.ok = True
        self.after_handler = None  # optional callable(ok) run after each handler
        self.check = None  # optional callable run once a handler returned; raising fails it
        session.browser_state_written = {}

    # -- result ---------------------------------------------------------
    def result(self) -> dict:
        return {
            "updates": self.updates,
            "errors": self.errors,
            "info": self.info,
            "browser_state": dict(self.session.browser_state_written),
        }

    def add_update(self, block_id: int, props: dict) -> None:
        merged = self.updates.pop(block_id, {})
        merged.update(props)
        self.updates[block_id] = merged

    def report(self, exc: BaseException) -> None:
        self.ok = False
        if isinstance(exc, errors.Error):
            if exc.print_exception:
                traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
            if exc.visible:
                entry = {"message": str(exc.message), "title": exc.title, "kind": "error"}
                if exc.duration != 10:
                    entry["duration"] = exc.duration
                self.errors.append(entry)
        else:
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
            # as Gradio: an unexpected exception marks the outputs "Error", with no toast
            self.errors.append({"message": "Error", "title": "Error", "kind": "error", "visible": False})

    # -- running --------------------------------------------------------
    async def run(self, deps: list, target: Any = None, payload: Any = None) -> dict:
        token = errors.alerts.set(self.info)
        try:
            await self._run_queue(deps, target, payload)
        except Exception as exc:  # noqa: BLE001 - a runtime bug must not kill the worker
            self.report(exc)
        finally:
            errors.alerts.reset(token)
        return self.result()

    async def _run_queue(self, deps: list, target: Any, payload: Any) -> None:
        queue: deque = deque((dep, (target, payload), False) for dep in deps)
        pending_change: set[int] = set()
        runs = 0
        while queue:
            dep, event, via_change = queue.popleft()
            if via_change:
                pending_change.discard(dep.index)
            runs += 1
            if runs > MAX_RUNS:
                msg = f"Stopped after {MAX_RUNS} chained handler runs (a .change loop?)."
                print(msg, file=sys.stderr)
                self.errors.append({"message": msg, "title": "Error", "kind": "error"})
                self.ok = False
                return
            ok, changed = await self.run_one(dep, event)
            if self.after_handler is not None:
                self.after_handler(ok)
            for block_id in changed:
                block = self.blocks.blocks.get(block_id)
                for listener in self.blocks.deps_for(block_id, "change"):
                    if listener.index not in pending_change:
                        pending_change.add(listener.index)
                        queue.append((listener, (block, None), True))
            for follower in self.blocks.fns:
                if follower.trigger_after != dep.index:
                    continue
                if (follower.only_success and not ok) or (follower.only_failure and ok):
                    continue
                queue.append((follower, event, False))

    async def run_one(self, dep, event: tuple, on_yield=None) -> tuple[bool, list[int]]:
        """Run one handler; returns (succeeded, ids whose value changed).

        With ``on_yield`` (Gradio 6 frontend), a generator's outputs are stored
        and ``await on_yield()`` is called after every yield (the caller sends
        ``self.updates`` and clears it); a true answer stops the generator
        (cancelled), which counts as success for what it already yielded."""
        session = self.session
        tracked = {
            b._id: deep_hash(session.get_state(b._id))
            for b in dep.outputs
            if b.stateful and self.blocks.has_listener(b._id, "change")
        }
        changed: list[int] = []
        session_token = current_session.set(session)
        try:
            inputs = processing.preprocess_inputs(dep, session)
            fn = dep.fn or dep.options.get("_python_fallback")  # JS-only deps: see ClearButton
            if fn is None:
                writes = []
            else:
                args, kwargs = processing.build_call(fn, inputs, session.request, event)
                result = fn(*args, **kwargs)
                if on_yield is not None and _is_stream(result):
                    await self._stream(dep, result, changed, on_yield)
                    writes = []
                else:
                    writes = processing.plan_outputs(dep, await resolve(result), session)
            if self.check is not None:
                self.check()
        except (KeyboardInterrupt, SystemExit) as exc:
            # App code asking to quit must fail this event only, not the worker.
            self.ok = False
            if isinstance(exc, KeyboardInterrupt) and stopped_by_page():
                # The page says "Stopped" itself, in one line; the frontend shows no toast.
                self.errors.append({"message": "Stopped.", "title": "Stopped", "kind": "error", "visible": False})
                return False, changed
            name = type(exc).__name__
            detail = f"({exc})" if str(exc) else ""
            self.errors.append({"message": f"The handler raised {name}{detail}; the event was stopped and the app keeps running.",
                                "title": name, "kind": "error"})
            return False, changed
        except Exception as exc:  # noqa: BLE001 - user code may raise anything
            self.report(exc)
            return False, changed
        finally:
            current_session.reset(session_token)
        self._store(writes, changed)
        for block_id, before in tracked.items():
            if deep_hash(session.get_state(block_id)) != before:
                changed.append(block_id)
        return True, changed

    async def _stream(self, dep, gen, changed: list[int], on_yield) -> None:
        """Store and hand on each yield of a (sync or async) generator as it comes."""
        if inspect.isasyncgen(gen):
            async for item in gen:
                self._store(processing.plan_outputs(dep, item, self.session), changed)
                if await on_yield():
                    await gen.aclose()
                    return
            return
        for item in gen:
            self._store(processing.plan_outputs(dep, item, self.session), changed)
            if await on_yield():
                gen.close()
                return

    def _store(self, writes: list, changed: list[int]) -> None:
        """Apply planned writes to the session; ids whose value changed go to ``changed``."""
        session = self.session
        for w in writes:
            if w.stateful:
                session.set_state(w.block_id, w.value)
                continue
            old = session.get_value(w.block_id)
            if w.new_block is not None:
                session.block_overrides[w.block_id] = w.new_block
            if w.has_value:
                session.set_value(w.block_id, w.value)
                if processing.values_differ(old, w.value) and w.block_id not in changed:
                    changed.append(w.block_id)
            if w.props:
                self.add_update(w.block_id, w.props)


def _is_stream(result: Any) -> bool:
    return inspect.isgenerator(result) or inspect.isasyncgen(result)
