"""Which module variables an event's handlers can reach (issue 12, points 3 and 6).

Why: an event whose handlers can reach no shared variable runs without the
app's cross-tab lock, and one that reaches a few has only those checked for
changes, so a big untouched global costs nothing per event. The answer is
static and conservative: the handlers' code is walked (names they use, nested
code, closures, defaults, partial arguments, bound objects) through the
functions, classes, instances and containers of the app module it names.
Anything it cannot follow (dynamic access to the module: ``globals()``,
``sys.modules``, ``eval``, frames...; the app module itself as a value; too
many objects) means "unsure", i.e. every variable and the lock.
Limit: a variable that is only *nested inside* another one (``a = [b]``)
is not found from ``b``; top-level aliases (``a = b``) are (shared_globals).
"""
from __future__ import annotations

import dis
import functools
import types

from .shared_globals import SILENT_PACKAGES

# Globals (and imports) through which code can get at the module's variables
# without naming them, and attributes that lead from a frame or function to them.
DYNAMIC_GLOBALS = frozenset({
    "globals", "vars", "eval", "exec", "__import__", "breakpoint", "__name__", "__dict__", "__builtins__",
    "__spec__", "__loader__", "sys", "importlib", "inspect", "gc", "builtins",
})
DYNAMIC_ATTRS = frozenset({"__globals__", "f_globals", "f_back", "gi_frame", "cr_frame", "tb_frame"})
_GLOBAL_OPS = frozenset({"LOAD_GLOBAL", "LOAD_NAME", "LOAD_FROM_DICT_OR_GLOBALS", "STORE_NAME", "DELETE_NAME"})
_WRITE_OPS = frozenset({"STORE_GLOBAL", "DELETE_GLOBAL"})
MAX_OBJECTS = 5000
_SCALARS = (str, bytes, int, float, bool, type(None), complex, range)
_code_names: dict = {}   # code object -> (globals it uses, globals it assigns or deletes, dynamic?)


class Unsure(Exception):
    """The walk met something it cannot follow."""


def cascade(blocks, deps: list) -> list:
    """``deps`` plus every handler that can run after them in the same event:
    their .then/.success/.failure chains and .change listeners of their outputs."""
    out, todo = {}, list(deps)
    while todo:
        dep = todo.pop()
        if dep.index in out:
            continue
        out[dep.index] = dep
        todo += [f for f in blocks.fns if f.trigger_after == dep.index]
        for block in dep.outputs:
            todo += blocks.deps_for(block._id, "change")
    return list(out.values())


def event_scope(blocks, module_dict: dict, deps: list, shared) -> set | None:
    """Names of module variables the handlers of ``deps`` (and their cascade) can
    reach, including globals they may create; None when unsure."""
    walk = _Walk(module_dict, shared)
    try:
        for dep in cascade(blocks, deps):
            if dep.fn is not None:
                walk.obj(dep.fn)
    except (Unsure, RecursionError):
        return None
    return walk.names


def _names(code) -> tuple[frozenset, frozenset, bool]:
    hit = _code_names.get(code)
    if hit is None:
        used, stored, dynamic = set(), set(), bool(DYNAMIC_ATTRS & set(code.co_names))
        for ins in dis.get_instructions(code):
            if ins.opname in _GLOBAL_OPS:
                used.add(ins.argval)
            elif ins.opname in _WRITE_OPS:
                stored.add(ins.argval)
            elif ins.opname == "IMPORT_NAME":
                dynamic |= str(ins.argval).partition(".")[0] in DYNAMIC_GLOBALS
        dynamic |= bool(DYNAMIC_GLOBALS & used)
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                u, s, d = _names(const)
                used |= u
                stored |= s
                dynamic |= d
        hit = _code_names[code] = (frozenset(used), frozenset(stored), dynamic)
    return hit


class _Walk:
    def __init__(self, module_dict: dict, shared):
        self.mod = module_dict
        self.mod_name = module_dict.get("__name__")
        # Identity of each shared mutable value: finding it (a closure cell, a
        # default, a bound list) means its variable is reachable.
        self.ids = {id(v): n for n, v in module_dict.items() if n in shared and type(v) not in _SCALARS}
        self.names: set[str] = set()
        self.seen: set[int] = set()

    def obj(self, v) -> None:
        if type(v) in _SCALARS or id(v) in self.seen:
            return
        self.seen.add(id(v))
        if len(self.seen) > MAX_OBJECTS:
            raise Unsure
        name = self.ids.get(id(v))
        if name is not None:          # shared data: nothing callable inside
            self.names.add(name)
            return
        if isinstance(v, types.FunctionType):
            return self.function(v)
        if isinstance(v, types.ModuleType):
            if vars(v) is self.mod:
                raise Unsure
            return None
        for attr in _ATTRS_OF.get(type(v), ("__wrapped__", "__self__")):
            part = getattr(v, attr, None)
            if part is not None:
                self.obj(part)
        if isinstance(v, functools.partial):
            self.many(v.args)
            self.many(v.keywords.values())
        elif isinstance(v, (list, tuple, set, frozenset)):
            self.many(v)
        elif isinstance(v, dict):
            self.many(v.values())
        elif isinstance(v, type):
            if v.__module__ == self.mod_name:
                for klass in v.__mro__:
                    if klass.__module__ == self.mod_name:
                        self.many(vars(klass).values())
        elif type(v).__module__ == self.mod_name:   # an instance of a class of the app
            self.obj(type(v))
            self.many(getattr(v, "__dict__", {}).values())
        elif str(type(v).__module__).partition(".")[0] not in SILENT_PACKAGES:
            # Library code reaches the app's variables only through what it was
            # given: callbacks or app data kept in the object's attributes.
            # (Gradio objects are skipped: they refer to every handler.)
            attrs = getattr(v, "__dict__", None)
            if type(attrs) is dict:
                self.many(attrs.values())

    def many(self, values) -> None:
        for v in list(values):
            self.obj(v)

    def function(self, f) -> None:
        if f.__globals__ is self.mod:
            used, stored, dynamic = _names(f.__code__)
            if dynamic:
                raise Unsure
            self.names |= stored
            for n in used:
                if n in self.mod:
                    self.names.add(n)
                    self.obj(self.mod[n])
        for cell in f.__closure__ or ():
            try:
                self.obj(cell.cell_contents)
            except ValueError:        # an empty cell
                pass
        self.many(f.__defaults__ or ())
        self.many((f.__kwdefaults__ or {}).values())


# Attributes that lead to more code, by kind of callable.
_ATTRS_OF = {
    types.MethodType: ("__func__", "__self__"),
    types.BuiltinFunctionType: ("__self__",),
    staticmethod: ("__func__",),
    classmethod: ("__func__",),
    property: ("fget", "fset", "fdel"),
    functools.partial: ("func",),
}
