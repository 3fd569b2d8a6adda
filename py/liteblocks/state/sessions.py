"""Per-app session store: State values, component values, TTL expiry.

Why: Gradio keeps every session's State values server-side keyed by session
hash; here the "server" is the worker. Rules followed (gradio/state_holder.py):
a State value is created lazily from its default (callable called, result
deep-copied); writes record a timestamp; a value whose last write is older
than its ``time_to_live`` is deleted by ``expire`` (``delete_callback`` called
once) and the next read creates a fresh default; never-written values have no
timestamp and never expire.
"""

from __future__ import annotations

import base64
import copy
import pickle
import sys
import time
import traceback
from typing import Any

from ..request import Request
from ..components.state import BrowserState, State
from .state_hash import deep_hash, is_exact

# Injectable clock in seconds. Wall-clock by default so the worker may pass
# ``Date.now() / 1000`` to ``tick(now)``; tests replace it with a fake one.
clock = time.time


def now() -> float:
    return clock()


class Session:
    """One browser session of one app."""

    def __init__(self, app_blocks, session_hash: str, request: Request):
        self.blocks = app_blocks
        self.session_hash = session_hash
        self.request = request
        self.state_data: dict[int, Any] = {}
        self.written_at: dict[int, float] = {}
        # Front-end values of ordinary components, as last known (postprocessed form).
        self.values: dict[int, Any] = {}
        # Per-session copies of components changed by updates (e.g. new choices).
        self.block_overrides: dict[int, Any] = {}
        self.browser_state_written: dict[int, Any] = {}
        # gr.render output of this session (liteblocks.renderable): blocks and handlers
        # it drew, by id / fn_index, and per render its ids (renderable.RenderState).
        self.render_blocks: dict[int, Any] = {}
        self.render_fns: dict[int, Any] = {}
        self.renders: dict[int, Any] = {}
        self.next_fn_index = len(getattr(app_blocks, "fns", []))
        # dump_states' last pickles: block id -> (value, deep_hash key, base64 pickle)
        self._kept: dict[int, tuple[Any, Any, str]] = {}
        self._dumped = -1  # how many values the last dump held

    # -- blocks ---------------------------------------------------------
    def definition(self, block_id: int):
        """The block with this id: drawn by a gr.render of this session, or the app's."""
        found = self.render_blocks.get(block_id)
        return found if found is not None else self.blocks.blocks[block_id]

    def block(self, block_id: int):
        return self.block_overrides.get(block_id) or self.definition(block_id)

    # -- State values ---------------------------------------------------
    def get_state(self, block_id: int) -> Any:
        if block_id not in self.state_data:
            block = self.definition(block_id)
            self.state_data[block_id] = block.initial_value()
        return self.state_data[block_id]

    def set_state(self, block_id: int, value: Any) -> None:
        self.state_data[block_id] = value
        self.written_at[block_id] = now()
        block = self.render_blocks.get(block_id) or self.blocks.blocks.get(block_id)
        if isinstance(block, BrowserState):
            self.browser_state_written[block_id] = value

    def materialize_states(self, restored: dict[int, Any] | None = None) -> None:
        """Create every State value now (callable defaults run before load)."""
        restored = restored or {}
        for bid, block in self.blocks.blocks.items():
            if isinstance(block, BrowserState) and bid in restored:
                self.state_data[bid] = copy.deepcopy(restored[bid])
            elif isinstance(block, State):
                self.get_state(bid)

    # -- carried across a worker restart ----------------------------------
    def dump_states(self, changed_only: bool = False) -> dict[str, str] | None:
        """gr.State values (not BrowserState: the page keeps those) as base64 pickles, for the page
        to hold while this worker runs; a value that cannot be pickled is left out (it starts over
        from its default after a restart, with a console warning).  With ``changed_only``,
        None when every value is the one dumped last time (nothing to post)."""
        out = {}
        reused = 0
        for bid, value in self.state_data.items():
            block = self.blocks.blocks.get(bid)
            if not isinstance(block, State) or isinstance(block, BrowserState):
                continue
            try:
                data, same = self._pickled(bid, value)
                out[str(bid)] = data
                reused += same
            except Exception as exc:  # noqa: BLE001 - any value may refuse pickling
                print(f"LiteBlocks: gr.State {bid} cannot be kept across a restart ({type(exc).__name__}: {exc})",
                      file=sys.stderr)
        if changed_only and reused == len(out) and len(out) == self._dumped:
            return None
        self._dumped = len(out)
        return out

    def _pickled(self, bid: int, value: Any) -> tuple[str, bool]:
        """The value's base64 pickle; the last one is reused while the value is the same object
        with an equal exact key (an event that only read the State pickles nothing)."""
        key = deep_hash(value)
        kept = self._kept.get(bid)
        if kept is not None and kept[0] is value and kept[1] == key and is_exact(key):
            return kept[2], True
        data = base64.b64encode(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)).decode()
        self._kept[bid] = (value, key, data)
        return data, False

    def load_states(self, dumped: dict[str, str]) -> None:
        """Put back values from dump_states (a fresh worker after Stop or a crash)."""
        for key, data in (dumped or {}).items():
            bid = int(key)
            if isinstance(self.blocks.blocks.get(bid), State):
                try:
                    self.state_data[bid] = pickle.loads(base64.b64decode(data))
                except Exception as exc:  # noqa: BLE001 - an app change can make old pickles unreadable
                    print(f"LiteBlocks: gr.State {bid} could not be restored ({exc}); using its default",
                          file=sys.stderr)

    # -- ordinary component values ---------------------------------------
    def get_value(self, block_id: int) -> Any:
        if block_id not in self.values:
            return getattr(self.definition(block_id), "value", None)
        return self.values[block_id]

    def set_value(self, block_id: int, value: Any) -> None:
        self.values[block_id] = value

    # -- expiry ------------------------------------------------------------
    def expire(self, at: float, everything: bool = False) -> None:
        """Delete written State values past their TTL (or all written ones)."""
        for bid in list(self.written_at):
            block = self.render_blocks.get(bid) or self.blocks.blocks.get(bid)
            if not isinstance(block, State):
                self.written_at.pop(bid, None)
                continue
            if everything or at - self.written_at[bid] > block.time_to_live:
                value = self.state_data.pop(bid, None)
                self.written_at.pop(bid, None)
                try:
                    block.delete_callback(value)
                except Exception:
                    traceback.print_exc(file=sys.stderr)


class SessionStore:
    """All sessions of one app, keyed by session hash."""

    def __init__(self, app_blocks):
        self.blocks = app_blocks
        self.sessions: dict[str, Session] = {}

    def create(self, session_hash: str, request: Request) -> Session:
        session = Session(self.blocks, session_hash, request)
        self.sessions[session_hash] = session
        return session

    def get(self, session_hash: str) -> Session | None:
        return self.sessions.get(session_hash)

    def get_or_create(self, session_hash: str) -> Session:
        session = self.sessions.get(session_hash)
        if session is None:
            session = self.create(session_hash, Request(session_hash=session_hash))
        return session

    def drop(self, session_hash: str, run_callbacks: bool = True) -> None:
        session = self.sessions.pop(session_hash, None)
        if session is not None and run_callbacks:
            session.expire(now(), everything=True)

    def drop_all(self, run_callbacks: bool = False) -> None:
        for session_hash in list(self.sessions):
            self.drop(session_hash, run_callbacks)

    def tick(self, at: float | None = None) -> None:
        at = now() if at is None else at
        for session in list(self.sessions.values()):
            session.expire(at)
