"""Entry points called by js/worker.js (see docs/protocol.md).

Why: the worker only passes JSON strings across the Pyodide boundary. This
module keeps the registry of loaded apps (each with its own session store, so
apps never see each other's sessions), runs app sources as fresh modules, and
turns every call into RESULT / CONFIG / ERROR JSON via ``protocol.py``.

Hooks: ``event_hooks`` holds objects with optional methods
``before_event(app_id, session_hash)``, ``check_handler(app_id, session_hash)``
(after a handler returned, before its outputs are stored; raising fails the
handler), ``after_handler(app_id, session_hash, ok)`` (after each single
handler run) and ``after_event(app_id, session_hash, ok)`` (ok = no handler failed); start_session / dispatch / end_session call
them around running handlers (a module with such functions works too).
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import sys
import tempfile
import traceback
import types
from typing import Any

from . import base, protocol
from . import blocks as blocks_mod
from .execution import EventRun
from .state.state_hash import deep_hash
from .request import Request
from .state.sessions import SessionStore

event_hooks: list[Any] = []


class App:
    """One loaded app: its module, root Blocks and sessions."""

    def __init__(self, app_id: str, module: types.ModuleType, blocks, directory: str, names: set[str]):
        self.app_id = app_id
        self.module = module
        self.blocks = blocks
        self.directory = directory
        self.module_names = names
        self.modules: dict[str, types.ModuleType] = {}  # its own imported files, kept while inactive
        self.store = SessionStore(blocks)


_apps: dict[str, App] = {}
_active: App | None = None  # the app whose files `import` currently resolves to


def install_gradio_alias() -> None:
    """Make ``import gradio`` (and its submodules) resolve to liteblocks (gradio_alias.py)."""
    from .gradio_alias import install

    install()


def app_module(app_id: str) -> types.ModuleType | None:
    app = _apps.get(app_id)
    return app.module if app else None


def get_app(app_id: str) -> App | None:
    return _apps.get(app_id)


# -- loading --------------------------------------------------------------------
def _top_level_names(files: dict[str, str]) -> set[str]:
    names = set()
    for path in files:
        first = path.replace("\\", "/").lstrip("./").split("/")[0]
        names.add(first[:-3] if first.endswith(".py") else first)
    return names


def _purge_modules(names: set[str]) -> None:
    for mod in list(sys.modules):
        if mod.split(".")[0] in names:
            del sys.modules[mod]


def _own_modules(names: set[str]) -> dict[str, types.ModuleType]:
    return {m: mod for m, mod in sys.modules.items() if m.split(".")[0] in names}


def _deactivate() -> None:
    """Put the active app's files aside: no app's modules or directory stay importable.

    Apps share one interpreter (one sys.modules), so two apps may each have a
    ``utils.py``; only the app being run sees its own (see ``_activate``).
    """
    global _active
    if _active is not None and _apps.get(_active.app_id) is _active:
        _active.modules = _own_modules(_active.module_names)
    _active = None
    _purge_modules(set().union(*(a.module_names for a in _apps.values())))
    dirs = {a.directory for a in _apps.values()}
    sys.path[:] = [p for p in sys.path if p not in dirs]


def _activate(app: App) -> None:
    """Before running an app's code: its own modules and directory, nobody else's."""
    global _active
    if _active is app:
        return
    _deactivate()
    sys.modules.update(app.modules)
    sys.path.insert(0, app.directory)
    _active = app


def unload_app(app_id: str) -> None:
    """Forget an app: drop its sessions, modules and files."""
    global _active
    app = _apps.get(app_id)
    if app is None:
        return
    app.store.drop_all(run_callbacks=False)
    if _active is app:
        _purge_modules(app.module_names)
        _active = None
    del _apps[app_id]
    sys.modules.pop(app.module.__name__, None)
    if app.directory in sys.path:
        sys.path.remove(app.directory)
    shutil.rmtree(app.directory, ignore_errors=True)


def _error_from_exception(exc: BaseException, directory: str) -> str:
    def rel(path: str | None) -> str | None:
        if path and path.startswith(directory):
            return os.path.relpath(path, directory)
        return path

    if isinstance(exc, SyntaxError) and (exc.filename or "").startswith(directory):
        text = "".join(traceback.format_exception_only(type(exc), exc)).replace(directory + os.sep, "")
        return protocol.encode_error(type(exc).__name__, str(exc.msg), exc.lineno, text, rel(exc.filename))
    te = traceback.TracebackException.from_exception(exc)
    frames = list(te.stack)
    user = [i for i, f in enumerate(frames) if f.filename.startswith(directory)]
    line, file = None, None
    if user:
        last = frames[user[-1]]
        line, file = last.lineno, rel(last.filename)
        # Show the user's frames and any library frames below them, not ours.
        ours = os.path.dirname(os.path.abspath(__file__)) + os.sep
        kept = [f for f in frames[user[0]:] if not f.filename.startswith(ours)]
        te.stack = traceback.StackSummary.from_list(kept)
    text = "".join(te.format()).replace(directory + os.sep, "")
    message = exc.message if hasattr(exc, "message") and isinstance(exc.message, str) else str(exc)
    return protocol.encode_error(type(exc).__name__, message, line, text, file)


def load_app(app_id: str, files_json: str, entrypoint: str = "app.py") -> str:
    """Run ``entrypoint`` as a fresh module; returns {"ok", "config"|"error"}."""
    global _active
    install_gradio_alias()
    unload_app(app_id)
    try:
        files = protocol.decode_files(files_json)
    except Exception as exc:  # noqa: BLE001
        return protocol.encode_error(type(exc).__name__, str(exc), None, "")
    if entrypoint not in files:
        return protocol.encode_error("FileNotFoundError", f"Entrypoint {entrypoint!r} not in files", None, "")
    directory = tempfile.mkdtemp(prefix="liteblocks_app_")
    for name, source in files.items():
        path = os.path.join(directory, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(source)
    names = _top_level_names(files)
    _deactivate()
    _purge_modules(names)
    sys.path.insert(0, directory)
    mod_name = "liteblocks_app_" + re.sub(r"\W", "_", app_id)
    path = os.path.join(directory, entrypoint)
    module = types.ModuleType(mod_name)
    module.__file__ = path
    sys.modules[mod_name] = module
    launched: list = []
    first_root = len(blocks_mod.created_roots)
    blocks_mod.launch_hook = launched.append
    base._context_stack.clear()
    error = None
    try:
        code = compile(files[entrypoint], path, "exec")
        exec(code, module.__dict__)
    except (Exception, SystemExit, KeyboardInterrupt) as exc:  # noqa: BLE001 - report anything to the page
        error = _error_from_exception(exc, directory)
    finally:
        blocks_mod.launch_hook = None
        base._context_stack.clear()
        roots = blocks_mod.created_roots[first_root:]
        del blocks_mod.created_roots[first_root:]
    root = launched[-1] if launched else (roots[-1] if roots else None)
    if error is None and root is None:
        error = protocol.encode_error(
            "RuntimeError", "The app did not create a gr.Blocks (nothing to show).", None, ""
        )
    if error is not None:
        sys.modules.pop(mod_name, None)
        _purge_modules(names)
        if directory in sys.path:
            sys.path.remove(directory)
        shutil.rmtree(directory, ignore_errors=True)
        return error
    _active = _apps[app_id] = App(app_id, module, root, directory, names)
    return protocol.encode_config(root.get_config_file())


# -- sessions and events ----------------------------------------------------------
def _call_hooks(stage: str, *args: Any, strict: bool = False) -> None:
    """``strict``: the hook's exception propagates (check_handler fails the handler)."""
    for hook in list(event_hooks):
        method = getattr(hook, stage, None)
        if method is None:
            continue
        if strict:
            method(*args)
            continue
        try:
            method(*args)
        except Exception:  # noqa: BLE001 - a hook must not break the app
            traceback.print_exc(file=sys.stderr)


async def _run(app: App, session, deps: list, target: Any = None, payload: Any = None) -> dict:
    _activate(app)
    _call_hooks("before_event", app.app_id, session.session_hash)
    run = EventRun(app.blocks, session)
    run.after_handler = lambda ok: _call_hooks("after_handler", app.app_id, session.session_hash, ok)
    run.check = lambda: _call_hooks("check_handler", app.app_id, session.session_hash, strict=True)
    ok = False
    try:
        result = await run.run(deps, target, payload)
        ok = run.ok
    finally:
        _call_hooks("after_event", app.app_id, session.session_hash, ok)
    return result


async def start_session(
    app_id: str, session_hash: str, request_json: str = "{}", browser_state_json: str = "{}",
    run_load: bool = True, states_json: str = "{}",
) -> str:
    """Create the session (State defaults) and run demo.load handlers.

    ``run_load=False`` (Gradio 6 frontend): only create it; the frontend runs the load events.
    ``states_json``: gr.State values carried from a worker that was restarted (session_states)."""
    app = _apps.get(app_id)
    if app is None:
        return protocol.error_result(f"Unknown app {app_id!r}")
    _activate(app)
    request = Request.from_json(protocol.decode_request(request_json), session_hash)
    app.store.drop(session_hash, run_callbacks=False)
    session = app.store.create(session_hash, request)
    restored = protocol.decode_browser_state(browser_state_json)
    session.materialize_states(restored)
    session.load_states(protocol.loads(states_json, {}))
    # A restored BrowserState that differs from its default is a change (Gradio's rule).
    deps = [dep for bid in restored
            if bid in app.blocks.blocks and deep_hash(restored[bid]) != deep_hash(app.blocks.blocks[bid].initial_value())
            for dep in app.blocks.deps_for(bid, "change")]
    if not run_load:
        return protocol.encode_result({})
    deps += app.blocks.deps_for_event("load")
    return protocol.encode_result(await _run(app, session, deps, app.blocks, None))


async def dispatch(app_id: str, session_hash: str, event_json: str) -> str:
    """Store front-end values, run handlers of (target, event) and cascades."""
    app = _apps.get(app_id)
    if app is None:
        return protocol.error_result(f"Unknown app {app_id!r}")
    target, event, data, payload = protocol.decode_event(event_json)
    session = app.store.get_or_create(session_hash)
    for block_id, value in data.items():
        block = app.blocks.blocks.get(block_id)
        if block is not None and not block.stateful and block is not app.blocks:
            session.set_value(block_id, value)
    target_block = app.blocks.blocks.get(target) if target is not None else None
    deps = app.blocks.deps_for_trigger(target, event)
    return protocol.encode_result(await _run(app, session, deps, target_block, payload))


def session_states(app_id: str, session_hash: str, changed_only: bool = False) -> str:
    """The session's gr.State values as base64 pickles (JSON), for the page to keep in case this
    worker is restarted (Stop, crash): the new worker starts from them.  With ``changed_only``,
    "null" when they are the ones given last time."""
    app = _apps.get(app_id)
    session = app.store.get(session_hash) if app else None
    return protocol.dumps(session.dump_states(changed_only) if session else {})


async def end_session(app_id: str, session_hash: str) -> str:
    """Run demo.unload handlers with the session's Request, then drop it."""
    app = _apps.get(app_id)
    if app is None:
        return protocol.error_result(f"Unknown app {app_id!r}")
    session = app.store.get(session_hash)
    if session is None:
        return protocol.encode_result({})
    try:
        result = await _run(app, session, app.blocks.deps_for_event("unload"), app.blocks, None)
    finally:
        app.store.drop(session_hash, run_callbacks=True)
    return protocol.encode_result(result)


async def run_unload(app_id: str, session_hash: str, request_json: str = "{}") -> str:
    """Run demo.unload for a session of another tab that closed before it could.

    The leader tab (js/global_sync.js) calls this with the departed session's
    Request; its session values lived in the closed tab, so handlers get defaults.
    """
    app = _apps.get(app_id)
    if app is None:
        return protocol.error_result(f"Unknown app {app_id!r}")
    if app.store.get(session_hash) is not None:
        return await end_session(app_id, session_hash)
    _activate(app)
    request = Request.from_json(protocol.decode_request(request_json), session_hash)
    session = app.store.create(session_hash, request)
    session.materialize_states({})
    try:
        result = await _run(app, session, app.blocks.deps_for_event("unload"), app.blocks, None)
    finally:
        app.store.drop(session_hash, run_callbacks=False)
    return protocol.encode_result(result)


def tick(now: float | None = None) -> str:
    """Expire State values past their time_to_live in every app.

    ``now`` is in seconds on ``sessions.clock`` (default ``time.time``, i.e.
    ``Date.now() / 1000``); None means "read the clock".
    """
    for app in list(_apps.values()):
        _activate(app)  # a delete_callback may import the app's files
        app.store.tick(now)
    return "{}"


# -- sync helpers (tests, CPython) -------------------------------------------------
def run_sync(coro: Any) -> Any:
    """Run a coroutine to completion from synchronous code (tests, CPython tools).

    When this thread already runs an event loop (e.g. a test process that also
    drives a browser), the coroutine runs on a fresh loop in a helper thread.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def start_session_sync(app_id: str, session_hash: str, request_json: str = "{}", browser_state_json: str = "{}") -> str:
    return run_sync(start_session(app_id, session_hash, request_json, browser_state_json))


def dispatch_sync(app_id: str, session_hash: str, event_json: str) -> str:
    return run_sync(dispatch(app_id, session_hash, event_json))


def end_session_sync(app_id: str, session_hash: str) -> str:
    return run_sync(end_session(app_id, session_hash))


# -- Gradio 6 frontend (@gradio/core) ------------------------------------------------
def g6_config(app_id: str) -> str:
    """Gradio 6.31's config for a loaded app (what get_config_file() returns), as JSON."""
    from .g6 import build_config

    app = _apps.get(app_id)
    if app is None:
        return protocol.error_result(f"Unknown app {app_id!r}")
    return protocol.dumps(build_config(app.blocks))


def g6_theme_css(app_id: str) -> str:
    """The app's theme.css text (Gradio serves it at /theme.css; js/frontend/theme.js installs it)."""
    from .themes import theme_css

    app = _apps.get(app_id)
    if app is None:
        return protocol.error_result(f"Unknown app {app_id!r}")
    return theme_css(app.blocks.page_assets()["theme"])


async def process_api(app_id: str, session_hash: str, fn_index: int, data_json: str = "[]",
                      event_data_json: str = "null", emit: Any = None) -> str:
    """Run one dependency for the Gradio 6 client adapter; see g6/api.py for the answer.

    ``emit(chunk_json)`` (a JS function in the worker) gets each yield of a generator; a true
    answer cancels the run."""
    from .g6.api import process_api as run_dep

    app = _apps.get(app_id)
    if app is None:
        return protocol.error_result(f"Unknown app {app_id!r}")
    _activate(app)
    session = app.store.get_or_create(session_hash)
    _call_hooks("before_event", app.app_id, session_hash)
    ok = False
    try:
        result = await run_dep(app.blocks, session, int(fn_index), protocol.loads(data_json, []),
                               protocol.loads(event_data_json, None),
                               after_handler=lambda ok_: _call_hooks("after_handler", app_id, session_hash, ok_),
                               emit=(lambda chunk: emit(protocol.dumps(chunk))) if emit is not None else None,
                               check=lambda: _call_hooks("check_handler", app_id, session_hash, strict=True))
        ok = result["error"] is None
    finally:
        _call_hooks("after_event", app.app_id, session_hash, ok)
    return protocol.dumps(result)

