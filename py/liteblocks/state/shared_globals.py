"""Gradio's "module globals are shared by all users", emulated across tabs.

Each tab runs its own copy of the app module. After every event the tab calls
``SharedGlobals.diff()``/``commit()`` (or ``commit_diff()``) and JS broadcasts
the change set; other tabs feed it to ``ChangeLog.receive()``, which applies
change sets in sequence order via ``SharedGlobals.apply()``.

Change set (JSON-able; also accepted as JSON text):
    {"set": {name: encoded, ...}, "del": [name, ...]}
Snapshot (JSON-able; also accepted as JSON text):
    {name: encoded, ...}
``encoded`` is global_codec data. Only identifier names not starting with
``__`` are shared, and only while their value is encodable.

Cost: diff() re-encodes the shared variables in scope (all of them, or the
names a handler can reach) and compares canonical JSON texts, i.e. O(size of
those values) per event (sets add a sort); an untouched immutable value is not
re-encoded; no pairwise comparisons, so nothing quadratic.
"""

import types
import warnings

from .global_codec import CodecError, Unshareable, decode, dumps, encode, loads

__all__ = ["SharedGlobals", "ChangeLog", "CodecError", "UnshareableGlobals"]

# Objects from these packages are app machinery, never data: skipped silently.
SILENT_PACKAGES = frozenset({"gradio", "gradio_client", "liteblocks", "pyodide",
                             "_pyodide", "js", "typing", "logging"})
_MISSING = object()


def _default_warn(message):
    warnings.warn(message, RuntimeWarning, stacklevel=3)


def _not_data(obj):
    """Functions, classes, modules, gradio objects: local without a warning."""
    if callable(obj) or isinstance(obj, (type, types.ModuleType)):
        return True
    mod = getattr(type(obj), "__module__", None)
    return type(mod) is str and mod.partition(".")[0] in SILENT_PACKAGES


def _shared_name(name):
    return type(name) is str and not name.startswith("__") and name.isidentifier()


def _assign(module_dict, name, new):
    """Bind ``name`` to ``new``; same-type list/dict/set are updated in place so
    other references to the old object (e.g. aliases in the module) see it."""
    old = module_dict.get(name, _MISSING)
    t = type(new)
    if type(old) is not t or old is new:
        module_dict[name] = new
    elif t is list:
        old[:] = new
    elif t is set:
        old.clear()
        old.update(new)
    elif isinstance(new, dict):     # dict, OrderedDict, Counter, defaultdict
        old.clear()
        for k, v in new.items():    # not .update(): Counter.update adds counts
            old[k] = v
        if hasattr(new, "default_factory"):
            old.default_factory = new.default_factory
    else:
        module_dict[name] = new


_IMMUTABLE = (str, bytes, int, float, bool, type(None), complex)


class UnshareableGlobals(Exception):
    """A handler left shared variables holding values that cannot be shared
    (``problems``: name -> reason); nothing was committed."""

    def __init__(self, problems):
        self.problems = problems
        names = ", ".join(f"'{n}'" for n in problems)
        what = "; ".join(f"'{n}' holds {r}" for n, r in problems.items())
        super().__init__(f"The global variable{'s' if len(problems) > 1 else ''} {names} cannot be shared "
                         f"between browser tabs ({what}), so this event's changes to global variables were "
                         "undone and the previous values kept.")


def _stays_local(value):
    """A new global that is app machinery (module, class, gradio object), not data."""
    if isinstance(value, (type, types.ModuleType)):
        return True
    mod = getattr(type(value), "__module__", None)
    return type(mod) is str and mod.partition(".")[0] in SILENT_PACKAGES


class SharedGlobals:
    """Tracks the shared variables of one module dict against a committed baseline.

    ``names`` (diff/commit_diff/rollback) limits the work to the variables a
    handler can reach (py/liteblocks/state/global_reach.py) plus any other variable
    bound to the same object; None means all of them.
    """

    def __init__(self, module_dict, warn=None):
        self.module = module_dict
        self._warn = warn or _default_warn
        self._warned = set()
        self._base = {}          # name -> canonical JSON text of the committed value
        self._texts = {}         # name -> (value, text): immutable values already encoded
        self.local = set()       # names whose value cannot be shared: this tab's own
        self.commit()

    # -- local side -------------------------------------------------------
    def _scan(self, names=None):
        """(name -> encoded, name -> Unshareable) for the shared variables among ``names``."""
        out, bad = {}, {}
        for name, value in self._items(names):
            if not _shared_name(name):
                continue
            try:
                out[name] = encode(value)
            except Unshareable as exc:
                bad[name] = exc
        return out, bad

    def _items(self, names):
        """(name, value) of the module variables among ``names`` (None: all)."""
        if names is None:
            return list(self.module.items())
        return [(n, self.module[n]) for n in names if n in self.module]

    def _note_local(self, bad):
        """Unshareable values stay local to this tab, with one warning per data variable."""
        for name, exc in bad.items():
            self.local.add(name)
            value = self.module.get(name)
            if name not in self._warned and not _not_data(value) and not (
                    exc.obj is not None and _not_data(exc.obj)):
                self._warned.add(name)
                self._warn(f"Global variable '{name}' holds {exc.reason}, which cannot "
                           "be shared between browser tabs; it stays local to this tab.")

    def snapshot_text(self):
        """JSON text of {name: encoded} for the baseline, built from the stored texts."""
        return "{" + ",".join(f"{dumps(name)}:{text}" for name, text in self._base.items()) + "}"

    def text(self, name):
        """The committed canonical text of one variable (None when not shared)."""
        return self._base.get(name)

    def text_names(self):
        """Names of the committed shared variables."""
        return list(self._base)

    def snapshot(self, committed=False):
        """name -> encoded of the current shared values (or of the baseline)."""
        if committed:
            return {name: loads(text) for name, text in self._base.items()}
        out, bad = self._scan()
        self._note_local(bad)
        return out

    def _expand(self, names):
        """``names`` plus every variable bound to the same mutable object as one of them."""
        ids = {id(self.module[n]) for n in names
               if n in self.module and type(self.module[n]) not in _IMMUTABLE}
        return set(names) | {n for n, v in self.module.items() if id(v) in ids}

    def _scan_texts(self, names):
        """(name -> canonical text, name -> Unshareable), reusing the text of an
        immutable value (str, bytes, number) that is still the same object: a big
        untouched string is not re-encoded on every event."""
        cached = self._texts
        fresh = {} if names is None else {n: hit for n, hit in cached.items() if n not in names}
        texts, todo = {}, []
        for name, value in self._items(names):
            hit = cached.get(name)
            if hit is not None and hit[0] is value:
                texts[name] = hit[1]
                fresh[name] = hit
            elif _shared_name(name):
                todo.append(name)
        encoded, bad = self._scan(todo)
        for name, enc in encoded.items():
            texts[name] = dumps(enc)
            value = self.module[name]
            if type(value) in _IMMUTABLE:
                fresh[name] = (value, texts[name])
        self._texts = fresh
        return texts, bad

    def _changes(self, names=None, strict=False):
        """(change set, new baseline, problems). ``strict``: a shared (or newly
        created) variable set to a value that cannot be shared (a lock, a
        generator...) is a problem rather than becoming local; one that only
        came to *contain* such a value (Gradio's per-session ``instances``
        dict) becomes local, with a warning, as at load time."""
        scope = None if names is None else self._expand(names)
        texts, bad = self._scan_texts(scope)
        problems = {n: exc.reason for n, exc in bad.items() if strict and exc.obj is self.module[n] and (
            n in self._base or (n not in self.local and not _stays_local(self.module[n])))}
        if not problems:
            self._note_local(bad)
        self.local.difference_update(texts)
        changed = {name: loads(text) for name, text in texts.items()
                   if self._base.get(name) != text}
        # A name whose value became unencodable is local from now on, not deleted.
        deleted = [n for n in self._base if n not in self.module and (scope is None or n in scope)]
        if scope is None:
            base = texts
        else:
            base = {n: t for n, t in self._base.items() if n not in scope}
            base.update(texts)
        return {"set": changed, "del": deleted}, base, problems

    def diff(self, names=None):
        """Change set from the baseline to now (rebinds, in-place edits, new, deleted)."""
        return self._changes(names)[0]

    def commit(self):
        """Make the current state the baseline."""
        self._base = self._changes()[1]

    def commit_diff(self, names=None, strict=False):
        """diff() then commit() with a single encoding pass; with ``strict``,
        UnshareableGlobals is raised instead and nothing is committed."""
        changes, base, problems = self._changes(names, strict)
        if problems:
            raise UnshareableGlobals(problems)
        self._base = base
        return changes

    def rollback(self, names=None, drop=()):
        """Restore shared variables to the baseline (a handler raised).

        Values are rebuilt from the baseline, so in-place mutations are undone;
        containers are refilled in place (see _assign). New shared variables
        created since the baseline are deleted (and those in ``drop``, new ones
        whose value could not be shared); other unshareable ones are left alone.
        """
        scope = None if names is None else self._expand(names) | set(drop)
        restored = {name: decode(loads(text)) for name, text in self._base.items()
                    if scope is None or name in scope}
        for name in [n for n in self.module if _shared_name(n) and n not in self._base
                     and (scope is None or n in scope)]:
            if name not in drop:
                try:
                    encode(self.module[name])
                except Unshareable:
                    continue
            del self.module[name]
        for name, value in restored.items():
            _assign(self.module, name, value)

    # -- remote side ------------------------------------------------------
    @staticmethod
    def _decode_vars(mapping, what):
        """Validate and decode {name: encoded} -> {name: (value, canonical text)}."""
        if type(mapping) is not dict:
            raise CodecError(f"{what} must be an object")
        out = {}
        for name, data in mapping.items():
            if not _shared_name(name):
                raise CodecError(f"bad variable name {str(name)[:40]!r}")
            value = decode(data)
            try:
                out[name] = (value, dumps(encode(value)))
            except Unshareable as exc:        # e.g. more than MAX_NODES values
                raise CodecError(exc.reason) from None
        return out

    def apply(self, changes):
        """Apply one remote change set to the module and the baseline.

        Everything is validated and decoded before anything is touched, so a
        malformed change set raises CodecError and changes nothing.
        """
        if type(changes) is str:
            changes = loads(changes)
        if type(changes) is not dict or not set(changes) <= {"set", "del"}:
            raise CodecError("change set must be {'set': {...}, 'del': [...]}")
        sets = self._decode_vars(changes.get("set", {}), "'set'")
        dels = changes.get("del", [])
        if type(dels) is not list or not all(_shared_name(n) for n in dels):
            raise CodecError("'del' must be a list of variable names")
        if any(n in sets for n in dels):
            raise CodecError("a variable is both set and deleted")
        for name in dels:
            if self._base.pop(name, None) is not None:
                self.module.pop(name, None)
        for name, (value, text) in sets.items():
            _assign(self.module, name, value)
            self._base[name] = text

    def apply_snapshot(self, snap):
        """Replace all shared state by a full snapshot {name: encoded}.

        Shared variables missing from the snapshot are deleted; local
        (unshareable) variables are never touched.
        """
        if type(snap) is str:
            snap = loads(snap)
        decoded = self._decode_vars(snap, "snapshot")
        for name in list(self._base):
            if name not in decoded:
                self.module.pop(name, None)
        for name, (value, _) in decoded.items():
            _assign(self.module, name, value)
        self._base = {name: text for name, (_, text) in decoded.items()}


class ChangeLog:
    """Applies numbered change sets in order, buffering out-of-order ones.

    Timer-free: JS polls ``missing()`` and, if a gap lasts too long, fetches a
    snapshot from the leader and calls ``load(head, snapshot)``.
    """

    MAX_BUFFERED = 1000

    def __init__(self, shared, head=0):
        self.shared = shared
        self.head = _check_seq(head, allow_zero=True)  # last applied seq
        self.latest = self.head                         # highest seq seen
        self._pending = {}                              # seq -> change set (None: own)

    def receive(self, seq, changes):
        """Queue change set ``seq`` and apply everything now in order.

        Returns how many change sets were applied. Old and duplicate seqs are
        ignored. ``changes=None`` marks a seq this tab broadcast itself (already
        applied locally). A malformed change set is dropped (raising nothing):
        it shows up as a gap in ``missing()`` so JS resyncs.
        """
        seq = _check_seq(seq)
        if seq <= self.head or seq in self._pending:
            return 0
        self.latest = max(self.latest, seq)
        if len(self._pending) < self.MAX_BUFFERED or seq == self.head + 1:
            self._pending[seq] = changes
        return self._drain()

    def sent(self, seq):
        """Record a change set broadcast by this tab (same as receive(seq, None))."""
        return self.receive(seq, None)

    def _drain(self):
        applied = 0
        while self.head + 1 in self._pending:
            changes = self._pending.pop(self.head + 1)
            if changes is not None:
                try:
                    self.shared.apply(changes)
                except CodecError:
                    break             # head stays: reported by missing()
            self.head += 1
            applied += 1
        return applied

    def missing(self):
        """(first, last) seqs of the first gap, or None when nothing is missing."""
        if self.latest <= self.head:
            return None
        later = [s for s in self._pending if s > self.head + 1]
        return (self.head + 1, (min(later) - 1) if later else self.latest)

    def load(self, head, snapshot):
        """Resync: replace all shared state by the leader's snapshot taken at ``head``.

        Buffered change sets up to ``head`` are dropped; later ones are applied.
        """
        head = _check_seq(head, allow_zero=True)
        self.shared.apply_snapshot(snapshot)
        return self._moved(head)

    def jump(self, head, changes):
        """Catch up to ``head`` with one change set covering everything since ours
        (the names that changed, read from the store) instead of a snapshot."""
        head = _check_seq(head, allow_zero=True)
        self.shared.apply(changes)
        return self._moved(head)

    def _moved(self, head):
        # Sequence numbers seen beyond ``head`` are only those still buffered
        # (this tab's own, sent() but rejected by the store, are forgotten).
        self.head = head
        self._pending = {s: c for s, c in self._pending.items() if s > head}
        self.latest = max([head, *self._pending])
        return self._drain()


def _check_seq(seq, allow_zero=False):
    if type(seq) is not int or seq < (0 if allow_zero else 1):
        raise CodecError(f"bad sequence number {seq!r}"[:80])
    return seq
