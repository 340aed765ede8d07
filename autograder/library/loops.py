"""Judge side: Python loops in a student's function, read from the submitted notebook.

A line count taken inside the student's kernel (:func:`~autograder.library.probe_calls.count_lines`)
can be switched off by the code it measures.  The source cannot: the host reads the
notebook's code cells, and :func:`read_loops` parses them (``ast``, after IPython's own
transformation of magics) to find, in a function and in everything of the notebook it
refers to by name (helpers, lambdas, classes, closures, decorators), every Python loop:
``for``, ``while``, comprehensions and generator expressions, ``map``-style calls and
recursion.  Anywhere in the cells read, it also finds the ways to run code the grader
cannot read or to blind the in-kernel counter: ``exec``/``eval``/``compile``, tracers,
frames and code objects, threads, ``ctypes``, dunder attributes, code-running magics,
imports of modules that are not installed (a file the notebook wrote).

:func:`code_cells` gives a judge the cells before a part's test cell (what ran before the
probe did); :func:`kernel_cells` does the same in an instructor's kernel (``verify``).
"""

from __future__ import annotations

import ast
import builtins
import functools
import importlib.util
import re
import sys
from dataclasses import dataclass, field
from typing import Iterable, Optional

#: Calls that run a Python function once per element: loops without the keyword.
MAP_LIKE = frozenset({"map", "filter", "reduce", "starmap", "accumulate", "vectorize", "frompyfunc",
                      "apply_along_axis", "apply_over_axes", "apply_", "map_", "map2_"})
#: Of those, names that are loops only as functools' and itertools' (``np.add.reduce`` and
#: ``np.multiply.accumulate`` are ufunc reductions, vectorised).
FUNCTOOLS_ONLY = frozenset({"reduce", "accumulate"})
#: itertools' iterators over combinations of elements: a loop over pairs (rows of A with
#: rows of B, say) without the keyword or a Python function.
ITERATING = frozenset({"product", "chain", "from_iterable", "permutations", "combinations",
                       "combinations_with_replacement", "zip_longest", "islice", "pairwise"})
#: Names and attributes that run unreadable code, or reach the tracer, frames or code objects.
HIDING = frozenset({"exec", "eval", "compile", "__import__", "globals", "locals", "vars", "breakpoint",
                    "settrace", "setprofile", "gettrace", "getprofile", "_getframe", "f_trace", "f_back",
                    "f_globals", "f_locals", "co_filename", "CodeType", "FunctionType", "PyEval_SetTrace",
                    "PyEval_SetProfile", "user_ns", "user_global_ns", "run_cell", "run_code", "run_ast_nodes",
                    "safe_execfile", "CompilationUnit", "monitoring"})
#: Of those, names that hide code only as the builtins: ``re.compile``, ``model.eval()`` are plain.
BUILTINS_ONLY = frozenset({"exec", "eval", "compile", "globals", "locals", "vars", "breakpoint"})
#: Modules whose only use here would be to run code out of the grader's sight.
HIDING_MODULES = frozenset({"ctypes", "_ctypes", "cffi", "threading", "_thread", "concurrent", "multiprocessing",
                            "asyncio", "importlib", "runpy", "types", "inspect", "builtins", "marshal", "pickle",
                            "dill", "cloudpickle", "code", "codeop", "subprocess", "IPython", "ipykernel",
                            "__main__"})
#: Submodules of those that only show things (``from IPython.display import display``).
SHOWING_MODULES = frozenset({"IPython.display", "IPython.core.display"})
#: Names of those modules that only hold data (``from types import SimpleNamespace``).
PLAIN_NAMES = {"types": frozenset({"SimpleNamespace", "MappingProxyType", "NoneType", "EllipsisType",
                                   "NotImplementedType", "GenericAlias", "UnionType"})}
#: Dunder names that honest code uses.
PLAIN_DUNDERS = frozenset({"__init__", "__name__", "__doc__", "__version__", "__qualname__", "__module__", "__file__",
                           "__class__", "__slots__", "__all__", "__repr__", "__str__"})
#: Magics whose argument is Python run in the kernel: read like the cell's own code.
CODE_MAGICS = frozenset({"time", "timeit", "prun", "capture"})
#: Magics that run nothing the grader needs to read.
HARMLESS_MAGICS = frozenset({"matplotlib", "config", "pip", "conda", "env", "pwd", "who", "whos", "who_ls",
                             "precision", "load_ext", "reload_ext", "autoreload", "aimport", "xmode", "pdb", "pprint",
                             "lsmagic", "magic", "quickref", "colors", "html", "markdown", "latex", "svg",
                             "javascript", "js"})
_IPYTHON_NAMES = frozenset({"get_ipython", "display", "In", "Out", "exit", "quit"})
_TIMEIT_OPTIONS = re.compile(r"^\s*((-[nrp]\s*\d+(\.\d+)?|-[tcqo])\s+)*")


@dataclass(frozen=True)
class Finding:
    """One loop, or one way of hiding code, found in the source."""

    what: str
    """E.g. "a for loop", "a list comprehension", "a call to map", "exec"."""
    where: str
    """The function it is in, or "" for a cell's top-level code."""
    cell: int
    """Index of the cell in the notebook."""
    line: int
    """Line in that cell (1-based)."""
    code: str
    """That line, stripped and shortened."""

    def text(self) -> str:
        place = f"in {self.where} (line {self.line} of its cell" if self.where else \
            f"(line {self.line} of cell {self.cell + 1} of the notebook"
        return f"{self.what} {place}: `{self.code}`)"


@dataclass
class LoopReading:
    """What the source shows about one function."""

    name: str
    defined: bool = False
    """A cell binds ``name`` (def, lambda, assignment, import) where the grader can read it."""
    loops: list[Finding] = field(default_factory=list)
    """Loops in the function or in what it refers to by name."""
    hiding: list[Finding] = field(default_factory=list)
    """Code the grader cannot read, anywhere in the cells read."""

    @property
    def clean(self) -> bool:
        return self.defined and not self.loops and not self.hiding

    def problem(self) -> str:
        """Why the source does not show a loop-free ``name`` ('' when it does)."""
        found = [] if self.defined else [
            f"the grader found no definition of {self.name} it can read in the notebook's code before this "
            "part's test cell (a def statement), so it cannot check for loops"]
        if self.loops:
            found.append(f"the code of {self.name} and of what it calls has {_listed(self.loops)}")
        if self.hiding:
            found.append(f"the code {'also ' if self.loops else ''}uses {_listed(self.hiding)}: code run that way, "
                         "or a line counter switched off, is out of the grader's sight")
        return "; ".join(found)


def _listed(findings: list[Finding]) -> str:
    more = len(findings) - 1
    return findings[0].text() + (f" and {more} more" if more == 1 else f" and {more} others" if more else "")


# --------------------------------------------------------------------------- cells

def code_cells(notebook, part: str) -> list[dict]:
    """``[{"cell": index, "source": text}]``: the code cells of ``notebook`` (nbformat or
    plain JSON) before the test cell of ``part`` (all of them if it has none)."""
    cells = list(notebook.get("cells", []))
    end = _test_cell(cells, part)
    return [{"cell": i, "source": _text(c.get("source", ""))} for i, c in enumerate(cells[:end])
            if c.get("cell_type") == "code"]


def part_section(notebook, part: str) -> range:
    """The indices of ``part``'s own cells: after the test cell before it, up to its own."""
    cells = list(notebook.get("cells", []))
    end = _test_cell(cells, part)
    start = max((i for i, c in enumerate(cells[:end]) if _is_test(c)), default=-1)
    return range(start + 1, end)


def _is_test(cell) -> bool:
    return bool(_nbgrader(cell).get("grade")) and not _nbgrader(cell).get("solution")


def _test_cell(cells: list, part: str) -> int:
    """The index of ``part``'s test cell (``len(cells)`` if it has none)."""
    return next((i for i, c in enumerate(cells) if _nbgrader(c).get("grade_id") == part and _is_test(c)), len(cells))


def kernel_cells(namespace: dict) -> list[dict]:
    """The same, in an (instructor's) IPython kernel: the cells run before the current one.

    Without a history (nbval runs cells with ``store_history=False``): the source of every
    cell that defined a function of ``namespace``, after a cell binding each other global
    name to None (the kernel is trusted: its names exist, whatever cell made them).
    """
    history = namespace.get("In")
    if isinstance(history, list) and len(history) > 1:
        return [{"cell": i, "source": s} for i, s in enumerate(history[:-1]) if isinstance(s, str) and s]
    import linecache

    module = namespace.get("__name__", "__main__")
    files = sorted({v.__code__.co_filename for v in namespace.values()
                    if getattr(v, "__module__", None) == module and hasattr(v, "__code__")})
    names = sorted(n for n in namespace if n.isidentifier() and not n.startswith("__"))
    return [{"cell": 0, "source": "".join(f"{n} = None\n" for n in names)}] + \
        [{"cell": i + 1, "source": "".join(linecache.getlines(f))} for i, f in enumerate(files)]


def _nbgrader(cell) -> dict:
    return (cell.get("metadata") or {}).get("nbgrader") or {}


def _text(source) -> str:
    return "".join(source) if isinstance(source, list) else str(source)


@functools.lru_cache(maxsize=4096)
def _parse(source: str, first_line: int = 0) -> Optional[ast.Module]:
    """The cell as IPython runs it (magics turned into calls), numbered as the student sees
    it, its lines counted from ``first_line`` (code inside a magic); None if it cannot be
    parsed (it then ran nothing).

    Cached, as every part of every submission reads the same cells again: the trees are
    shared, so nothing may change them.
    """
    try:
        tree = ast.parse(source)
        shift = first_line
    except (SyntaxError, ValueError, RecursionError):  # magics, shell escapes: IPython makes them Python
        try:
            from IPython.core.inputtransformer2 import TransformerManager

            tree = ast.parse(TransformerManager().transform_cell(source))
        except Exception:  # noqa: BLE001 - not Python even for IPython (or IPython missing)
            return None
        lines = source.splitlines()
        shift = first_line + next((i for i, line in enumerate(lines) if line.strip()), 0)  # IPython drops leading blank lines
    for node in ast.walk(tree) if shift else []:
        if hasattr(node, "lineno"):
            node.lineno += shift
    return tree


def _magic(node: ast.AST) -> Optional[tuple[str, str, str, int]]:
    """``(kind, name, code, line_offset)`` for ``get_ipython().run_*_magic(name, ...)``."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("run_line_magic", "run_cell_magic") and node.args
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)):
        return None
    values = [a.value for a in node.args]
    if node.func.attr == "run_cell_magic" and len(values) == 3:
        return "cell", values[0], values[2], node.lineno
    line = values[1] if len(values) > 1 else ""
    return "line", values[0], _TIMEIT_OPTIONS.sub("", line) if values[0] in ("timeit", "time", "prun") else line, \
        node.lineno - 1


# --------------------------------------------------------------------------- reading

class _Notebook:
    """The cells read: each top-level binding, and what hides code anywhere."""

    def __init__(self, cells: Iterable[dict], *, hiding: bool = True):
        """``hiding``: also look for what hides code (False: the bindings alone)."""
        self.bindings: dict[str, list[tuple[ast.AST, int, list[str]]]] = {}
        self.hiding: list[Finding] = []
        self.unlisted_star = False
        """A star import (``from m import *``) of a module whose names are not known here:
        any name may come from it."""
        for cell in cells:
            tree = _parse(cell["source"])
            if tree is not None:
                self._cell(tree, cell["cell"], cell["source"].splitlines(), hiding)

    def _cell(self, tree: ast.Module, index: int, lines: list[str], hiding: bool) -> None:
        if hiding:
            self._hiding(tree, index, lines)
        for statement in tree.body:
            self._bind(statement, index, lines, conditional=False)

    def _bind(self, statement: ast.stmt, index: int, lines: list[str], conditional: bool) -> None:
        names: list[str] = []
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [statement.name]
        elif isinstance(statement, (ast.Import, ast.ImportFrom)):
            names = [(a.asname or a.name).split(".")[0] for a in statement.names if a.name != "*"]
            if any(a.name == "*" for a in statement.names):
                public = _star_names(statement)
                self.unlisted_star |= public is None
                names += sorted(public or ())
        elif isinstance(statement, ast.Expr) and (magic := _magic(statement.value)) and magic[1] in CODE_MAGICS:
            inner = _inner(magic)
            for each in inner.body if inner else []:  # the magic's code runs in the kernel: its definitions count
                self._bind(each, index, lines, conditional)
            return
        elif hasattr(statement, "body"):  # if, for, while, with, try, match: maybe bound, maybe not
            header = [n for n in ast.iter_child_nodes(statement) if not isinstance(n, (ast.stmt, ast.excepthandler))
                      and type(n).__name__ != "match_case"]
            for name in dict.fromkeys(n.id for h in header for n in ast.walk(h)
                                      if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)):
                self.bindings.setdefault(name, []).append((statement, index, lines))
            for block in ast.iter_child_nodes(statement):
                for each in ([block] if isinstance(block, ast.stmt) else getattr(block, "body", [])):
                    self._bind(each, index, lines, conditional=True)
            return
        else:
            names = [n.id for n in ast.walk(statement) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)]
        for name in dict.fromkeys(names):
            entry = (statement, index, lines)
            if conditional:  # maybe bound here, maybe not: keep every candidate
                self.bindings.setdefault(name, []).append(entry)
            else:  # a later plain binding replaces the earlier ones
                self.bindings[name] = [entry]

    def _hiding(self, tree: ast.AST, index: int, lines: list[str]) -> None:
        def found(node: ast.AST, what: str) -> None:
            self.hiding.append(_finding(what, "", index, node, lines))

        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and _hides(node.id):
                found(node, node.id)
            elif isinstance(node, ast.Attribute) and node.attr not in BUILTINS_ONLY and (_hides(node.attr) or (
                    node.attr == "modules" and isinstance(node.value, ast.Name) and node.value.id == "sys")):
                shown = ast.unparse(node)
                found(node, shown if len(shown) <= 40 else "." + node.attr)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                for module in _modules(node):
                    if module in HIDING_MODULES:
                        found(node, f"the module {module}")
                    elif not _installed(module):
                        found(node, f"an import of {module}, a module that is not installed")
            elif access := _attribute_call(node):
                builtin, _, attribute = access
                if attribute is None:
                    found(node, f"{builtin} with a computed name")
                elif _hides(attribute):
                    found(node, f"{builtin}(..., {attribute!r})")
            elif (magic := _magic(node)) and magic[1] not in CODE_MAGICS | HARMLESS_MAGICS:
                found(node, f"the magic %{'%' if magic[0] == 'cell' else ''}{magic[1]}")
            elif magic and magic[1] in CODE_MAGICS:
                inner = _inner(magic)
                if inner is None:
                    found(node, f"the magic %{magic[1]} on code the grader cannot parse")
                else:
                    self._hiding(inner, index, lines)


def _attribute_call(node: ast.AST) -> Optional[tuple[str, ast.AST, Optional[str]]]:
    """``(builtin, object, name)`` for ``getattr(object, name, ...)`` (or ``setattr``,
    ``delattr``, ``hasattr``): ``name`` when the code writes it as a string, else None; None
    for any other node."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "setattr", "delattr", "hasattr") and len(node.args) > 1):
        return None
    name = node.args[1]
    return node.func.id, node.args[0], name.value if isinstance(name, ast.Constant) and isinstance(name.value, str) else None


def _inner(magic: tuple[str, str, str, int]) -> Optional[ast.Module]:
    """The code a code-running magic runs, numbered as lines of its cell."""
    return _parse(magic[2], magic[3])


def _hides(name: str) -> bool:
    return name in HIDING or (name.startswith("__") and name.endswith("__") and name not in PLAIN_DUNDERS)


def _modules(node: ast.AST) -> list[str]:
    """The top-level modules an import reaches (none for ``from IPython.display import ...``)."""
    if isinstance(node, ast.ImportFrom):
        if node.level or node.module in SHOWING_MODULES or \
                all(a.name in PLAIN_NAMES.get(node.module or "", ()) for a in node.names):
            return []
        return [(node.module or "").split(".")[0]]
    return [a.name.split(".")[0] for a in node.names]


def _star_names(node: ast.ImportFrom) -> Optional[frozenset[str]]:
    """The names ``from module import *`` binds, for a module this process has loaded (numpy,
    say); None when they cannot be known without importing it."""
    module = sys.modules.get(node.module or "") if not node.level else None
    if module is None:
        return None
    listed = getattr(module, "__all__", None)
    return frozenset(str(n) for n in listed) if isinstance(listed, (list, tuple)) else \
        frozenset(n for n in dir(module) if not n.startswith("_"))


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


_LOOPS = {ast.For: "a for loop", ast.AsyncFor: "a for loop", ast.While: "a while loop",
          ast.ListComp: "a list comprehension", ast.SetComp: "a set comprehension",
          ast.DictComp: "a dict comprehension", ast.GeneratorExp: "a generator expression"}


def _finding(what: str, where: str, index: int, node: ast.AST, lines: list[str]) -> Finding:
    line = getattr(node, "lineno", 1)
    code = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    return Finding(what, where, index, line, code if len(code) <= 70 else code[:67] + "...")


_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def _free_names(node: ast.AST) -> set[str]:
    """Names ``node`` reads that no scope inside it binds (so: the notebook's, or builtins)."""
    free: set[str] = set()

    def visit(scope: ast.AST, bound: set[str]) -> None:
        local = set(bound)
        if not isinstance(scope, ast.ClassDef):
            arguments = scope.args
            local |= {a.arg for a in arguments.posonlyargs + arguments.args + arguments.kwonlyargs}
            local |= {a.arg for a in (arguments.vararg, arguments.kwarg) if a}
        inner = [n for b in (scope.body if isinstance(scope.body, list) else [scope.body]) for n in _own(b)]
        local |= {n.id for n in inner if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}
        local |= {n.name for n in inner if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
        local |= {n.name for n in inner if isinstance(n, ast.ExceptHandler) and n.name}
        local |= {(a.asname or a.name).split(".")[0] for n in inner if isinstance(n, (ast.Import, ast.ImportFrom))
                  for a in n.names}
        local -= {name for n in inner if isinstance(n, ast.Global) for name in n.names}
        for n in inner:
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id not in local:
                free.add(n.id)
            elif isinstance(n, _SCOPES):
                visit(n, local)

    for n in _own(node):
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load):
            free.add(n.id)
        elif isinstance(n, _SCOPES):
            visit(n, set())
    return free


def _own(node: ast.AST) -> list[ast.AST]:
    """``node`` and its descendants, but of a function, lambda or class only what is read
    where it is defined (decorators, defaults, bases), not its body."""
    out, stack = [], [node]
    while stack:
        n = stack.pop()
        out.append(n)
        if isinstance(n, _SCOPES):
            arguments = getattr(n, "args", None)
            stack.extend(getattr(n, "decorator_list", []) + getattr(n, "bases", []) + (
                arguments.defaults + [d for d in arguments.kw_defaults if d] if arguments else []))
        else:
            stack.extend(ast.iter_child_nodes(n))
    return out


#: Attributes of a function that run it (``f.__call__(x)``, ``f.__wrapped__(x)``).
_RUNNING_ATTRIBUTES = {"__call__", "__wrapped__", "__func__", "__code__"}


def _attributes_only(statement: ast.AST, name: str) -> bool:
    """Whether ``statement`` uses ``name`` only to reach its data attributes (``f.calls``), never
    the object itself (a call, an argument, an alias) or an attribute that runs it."""
    uses = [n for n in ast.walk(statement) if isinstance(n, ast.Name) and n.id == name]
    through = {id(n.value) for n in ast.walk(statement) if isinstance(n, ast.Attribute)
               and isinstance(n.value, ast.Name) and n.value.id == name and n.attr not in _RUNNING_ATTRIBUTES}
    through |= {id(access[1]) for n in ast.walk(statement)  # getattr(f, "calls", 0), setattr, hasattr
                if (access := _attribute_call(n)) and isinstance(access[1], ast.Name) and access[1].id == name
                and access[2] is not None and access[2] not in _RUNNING_ATTRIBUTES}
    return bool(uses) and all(id(n) in through for n in uses)


def read_loops(cells: Iterable[dict], name: str) -> LoopReading:
    """Read ``name`` in ``cells`` (:func:`code_cells`): its loops, those of everything it
    refers to by name, and anything in the cells that hides code from the grader."""
    notebook = _Notebook(cells)
    reading = LoopReading(name=name, defined=name in notebook.bindings, hiding=notebook.hiding)
    known = set(dir(builtins)) | _IPYTHON_NAMES
    edges: dict[str, set[str]] = {}
    todo, seen = [name], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        edges[current] = set()
        for statement, index, lines in notebook.bindings.get(current, []):
            if isinstance(statement, (ast.Import, ast.ImportFrom)):
                continue  # an installed library (the others are reported as hiding)
            for node in ast.walk(statement):
                if type(node) in _LOOPS and not _over_arguments(node, statement, current, notebook, name):
                    reading.loops.append(_finding(_LOOPS[type(node)], current, index, node, lines))
                elif isinstance(node, ast.Call) and _called(node) in MAP_LIKE | ITERATING and _loop_call(node):
                    reading.loops.append(_finding(f"a call to {_called(node)}", current, index, node, lines))
                elif isinstance(node, ast.Call) and _object_array(node):
                    reading.loops.append(_finding("an array of Python objects (dtype=object), whose operations "
                                                  "NumPy runs element by element in the interpreter",
                                                  current, index, node, lines))
                elif isinstance(node, ast.Call) and _builtin_over_elements(node) \
                        and not _own_function(notebook, node.func.id) and not _imported(notebook, node.func.id) \
                        and not (notebook.unlisted_star and node.func.id not in notebook.bindings):
                    reading.loops.append(_finding(f"the builtin {node.func.id}() over the elements of "
                                                  f"{ast.unparse(node.args[0])[:40]}", current, index, node, lines))
            defines = isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) or \
                isinstance(getattr(statement, "value", None), ast.Lambda)
            for free in sorted(_free_names(statement)):
                if free in notebook.bindings:
                    # (x = x + 1 is no recursion, nor is f.calls += 1 in f: its attributes are data)
                    if (defines or free != current) and not _attributes_only(statement, free):
                        edges[current].add(free)
                    todo.append(free)
                elif free not in known and not notebook.unlisted_star:
                    reading.hiding.append(_finding(f"the name {free}, which no cell before the test cell defines "
                                                   "where the grader can read it,", current, index, statement, lines))
    cycle = _cycle(edges, name)
    if cycle:
        statement, index, lines = notebook.bindings[cycle[0]][-1]
        calls = " -> ".join(cycle + [cycle[0]])
        reading.loops.append(_finding(f"recursion ({calls})", cycle[0], index, statement, lines))
    return reading


def _over_arguments(loop: ast.AST, statement: ast.AST, current: str, notebook: "_Notebook", name: str) -> bool:
    """Whether ``loop`` (a ``for`` statement) runs once per argument written at each call: over
    a literal tuple or list (``for t in (A, B)``), or over the ``*args`` of the function
    ``current`` (``statement``) that it sits in, not rebound there, when every use of
    ``current`` in what ``name`` reaches is a call without ``*`` (``_common_dtype(A, B)``).
    Its count is then fixed by the code, whatever the data's size: no loop over the data."""
    if not isinstance(loop, (ast.For, ast.AsyncFor)):
        return False
    over = loop.iter.value if isinstance(loop.iter, ast.Subscript) and isinstance(loop.iter.slice, ast.Slice) \
        else loop.iter
    if isinstance(over, (ast.Tuple, ast.List)):
        return not any(isinstance(e, ast.Starred) for e in over.elts)
    vararg = getattr(getattr(statement, "args", None), "vararg", None)
    if not (isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)) and vararg is not None
            and isinstance(over, ast.Name) and over.id == vararg.arg
            and any(n is loop for b in statement.body for n in _own(b))):  # (not in a function within)
        return False
    if any(isinstance(n, ast.Name) and n.id == over.id and not isinstance(n.ctx, ast.Load)
           for b in statement.body for n in _own(b)):
        return False  # rebound: its length is no longer the call's
    calls, uses = set(), []
    for other, _, _ in _reached(notebook, [name]):
        for n in ast.walk(other):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == current:
                if any(isinstance(a, ast.Starred) for a in n.args):
                    return False
                calls.add(id(n.func))
            elif isinstance(n, ast.Name) and n.id == current and isinstance(n.ctx, ast.Load):
                uses.append(n)
    return all(id(n) in calls for n in uses)


#: Attributes and calls that read the insides of objects handed to a function (a closure's
#: cells, a bound method's object, a frame's variables, the garbage collector's objects, a
#: function's source): an honest answer computes from its arguments' values instead.
INTERNALS = frozenset({"__closure__", "cell_contents", "__self__", "__globals__", "__code__", "__defaults__",
                       "__kwdefaults__", "__wrapped__", "__func__", "f_locals", "f_globals", "f_back", "f_code",
                       "_getframe", "get_referents", "get_referrers", "get_objects", "getclosurevars",
                       "currentframe", "getsource", "getsourcelines", "getmembers", "getargvalues",
                       "getouterframes", "getinnerframes", "getframeinfo", "tb_frame", "gi_frame", "cr_frame",
                       "ag_frame", "f_builtins", "_current_frames", "walk_stack", "walk_tb", "capture_locals",
                       # a traceback's frames: the way up to the caller's (the grader's probe's) variables
                       "exc_info", "__traceback__", "last_traceback", "tb_next",
                       # torch's dispatcher and function-mode stacks, where the grader's watchers sit
                       "_disable_current_modes", "_python_dispatch", "_pop_mode", "_pop_mode_temporarily",
                       "_pop_torch_function_stack", "_pop_torch_dispatch_stack", "DisableTorchFunction",
                       "DisableTorchFunctionSubclass", "_disable_torch_function", "_DisableTorchDispatch",
                       "_get_current_dispatch_mode", "_get_current_function_mode",
                       # the callers' names, enough to tell the grader from the notebook
                       "extract_stack", "format_stack", "print_stack", "StackSummary",
                       # the interpreter's own namespace, where the grader's handle sits
                       "__builtins__", "__autograder__",
                       # every class loaded, the grader's own among them (``object.__subclasses__()``)
                       "__subclasses__"})
#: Modules whose whole namespace leads to everything loaded (the grader's objects among them):
#: read by ``vars``, ``dir``, ``__dict__`` or a ``getattr`` with a name only known at run time.
NAMESPACE_MODULES = frozenset({"sys", "builtins"})
#: Modules that only hold the machinery the grader's watchers use (torch's mode stacks).
INTERNAL_MODULES = ("torch.utils._python_dispatch", "torch._C._functorch", "torch.overrides")
#: inspect's functions that hand over the callers' frames, under names too common to read
#: as internals anywhere else (``torch.stack``).
INSPECT_FRAMES = frozenset({"stack", "trace"})


def read_internals(cells: Iterable[dict], *, section: Iterable[int], names: Iterable[str] = (),
                   skip: Iterable[str] = ()) -> list[Finding]:
    """Where the code reads the insides of the objects it is handed (:data:`INTERNALS`, and
    ``sys.modules``), by attribute or by a string naming one (``getattr``,
    ``operator.attrgetter``, ``object.__getattribute__``): in the cells of ``section`` (cell
    indices) and in the definitions of ``names``, with everything they refer to by name,
    wherever they are, except the definitions of ``skip`` (functions the grader swaps for its
    own while the part runs)."""
    cells = list(cells)
    section = set(section)
    statements = [(tree, cell["cell"], cell["source"].splitlines()) for cell in cells if cell["cell"] in section
                  for tree in [_parse(cell["source"])] if tree is not None]
    statements += _reached(_bindings(tuple((c["cell"], c["source"]) for c in cells)), names, skip=set(skip))
    found = []
    for tree, index, lines in statements:
        for node in _reading_inside(tree):
            finding = _finding(ast.unparse(node)[:60], "", index, node, lines)
            if finding not in found:
                found.append(finding)
    return found


@functools.lru_cache(maxsize=64)
def _bindings(cells: tuple[tuple[int, str], ...]) -> "_Notebook":
    """The top-level bindings of ``cells`` ((index, source) pairs), read once for all the
    parts of a submission (shared: nothing may change it)."""
    return _Notebook(({"cell": index, "source": source} for index, source in cells), hiding=False)


@functools.lru_cache(maxsize=8192)
def _reading_inside(tree: ast.AST) -> tuple[ast.AST, ...]:
    """The nodes of ``tree`` (a statement or a cell, shared by :func:`_parse`'s cache) that
    read an object's insides, error handling aside: read once, whichever part asks."""
    harmless = _exception_only(tree)
    return tuple(node for node in ast.walk(tree) if id(node) not in harmless and _reads_inside(node))


def _exception_only(tree: ast.AST) -> set[int]:
    """The ``sys.exc_info`` attributes in ``tree`` whose call hands over the exception being
    handled and not its traceback (``kind, error, _ = sys.exc_info()``, ``sys.exc_info()[1]``):
    error handling, no way to the callers' frames."""
    calls = []
    discarded = not any(isinstance(n, ast.Name) and n.id == "_" and isinstance(n.ctx, ast.Load) for n in ast.walk(tree))
    for node in ast.walk(tree):
        if discarded and isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Tuple) and len(node.targets[0].elts) == 3 \
                and isinstance(node.targets[0].elts[2], ast.Name) and node.targets[0].elts[2].id == "_":
            calls.append(node.value)
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and node.slice.value in (0, 1):
            calls.append(node.value)
    harmless = {id(call.func) for call in calls if _is_exc_info(call)}
    # Handed straight to traceback's printing functions (text, no frames or variables come back):
    # ``traceback.print_exception(type(e), e, e.__traceback__)``, ``format_exception(*sys.exc_info())``.
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in TRACEBACK_TEXT \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "traceback":
            for arg in [a.value if isinstance(a, ast.Starred) else a for a in node.args] + \
                    [k.value for k in node.keywords]:
                if _is_exc_info(arg):
                    harmless.add(id(arg.func))
                elif isinstance(arg, ast.Attribute) and arg.attr == "__traceback__":
                    harmless.add(id(arg))
    return harmless


#: traceback's functions that turn an exception and its traceback into text (without locals).
TRACEBACK_TEXT = frozenset({"print_exception", "format_exception", "print_tb", "format_tb"})


def _is_exc_info(node: ast.AST) -> bool:
    """``sys.exc_info()``."""
    return isinstance(node, ast.Call) and not node.args and isinstance(node.func, ast.Attribute) \
        and node.func.attr == "exc_info" and isinstance(node.func.value, ast.Name) and node.func.value.id == "sys"


def _reads_inside(node: ast.AST) -> bool:
    """Whether ``node`` reads an object's insides: an attribute of :data:`INTERNALS`,
    ``sys.modules``, inspect's frames (:data:`INSPECT_FRAMES`), or a string that names one of
    them, written whole, assembled from constants (``"__clo" + "sure__"``) or as a piece of
    one (whatever reads it by name)."""
    if isinstance(node, ast.Name):
        return node.id in ("__builtins__", "__autograder__")
    if isinstance(node, ast.Attribute):
        return node.attr in INTERNALS or (isinstance(node.value, ast.Name) and (
            (node.attr in ("modules", "exception") and node.value.id == "sys")
            or (node.attr == "__dict__" and node.value.id in NAMESPACE_MODULES)
            or (node.attr in INSPECT_FRAMES and node.value.id == "inspect")))
    if isinstance(node, ast.ImportFrom):  # (``from sys import _getframe`` reads it by a bare name after)
        return (any(alias.name in INTERNALS for alias in node.names) or (node.module or "").startswith(INTERNAL_MODULES)
                or (node.module == "inspect" and any(alias.name in INSPECT_FRAMES for alias in node.names))
                or (node.module == "sys" and any(alias.name in ("modules", "exception") for alias in node.names)))
    if isinstance(node, ast.Import):  # ``import inspect as I`` hides ``I.stack()`` from the attribute test
        return any(alias.name in ("inspect", *NAMESPACE_MODULES) and alias.asname not in (None, alias.name)
                   for alias in node.names)
    if isinstance(node, ast.Call) and _called(node) in ("import_module", "__import__") and node.args:
        module = _folded(node.args[0])  # (a module reached by a name built from pieces)
        if module is not None and module.split(".")[0] in ("inspect", "gc", "traceback", "sys", "ctypes", "builtins"):
            return True
    if _reads_namespace(node):
        return True
    text = _folded(node)
    if text is None:
        return False
    if INTERNALS.intersection(re.findall(r"[A-Za-z_]\w*", text)):
        return True
    return isinstance(node, ast.Constant) and _piece_of_internal(text)


def _reads_namespace(node: ast.AST) -> bool:
    """``vars(sys)``, ``dir(builtins)``, or ``getattr(builtins, name)`` with a name not written
    in the code: a walk over everything loaded, not a use of one function."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args
            and isinstance(node.args[0], ast.Name) and node.args[0].id in NAMESPACE_MODULES):
        return False
    if node.func.id in ("vars", "dir"):
        return True
    return node.func.id == "getattr" and len(node.args) > 1 and _folded(node.args[1]) is None


def _piece_of_internal(text: str) -> bool:
    """Whether a string is the start or the end of an internal's name with an underscore in
    it (``"__clo"``, ``"sure__"``, ``"cell_"``): no honest answer spells those."""
    return len(text) >= 3 and "_" in text and any(
        text != name and (name.startswith(text) or name.endswith(text)) for name in INTERNALS)


def _folded(node: ast.AST) -> Optional[str]:
    """The string an expression of constants makes: a constant, ``+`` of such, an f-string of
    constants, ``"".join`` of a list of such, a constant slice (``"__erusolc__"[::-1]``),
    character codes (``chr(95)``, ``bytes([95, 95]).decode()``, ``"".join(map(chr, [...]))``)."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _folded(node.left), _folded(node.right)
        return None if left is None or right is None else left + right
    if isinstance(node, ast.JoinedStr):
        pieces = [_folded(value) for value in node.values]
        return None if None in pieces else "".join(pieces)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "join"
            and len(node.args) == 1):
        separator, pieces = _folded(node.func.value), _pieces(node.args[0])
        return None if separator is None or pieces is None else separator.join(pieces)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "chr" and len(node.args) == 1:
        codes = _codes([node.args[0]], UNICODE)
        return None if codes is None else chr(codes[0])
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "decode"
            and isinstance(node.func.value, ast.Call) and _called(node.func.value) in ("bytes", "bytearray")
            and len(node.func.value.args) == 1 and isinstance(node.func.value.args[0], (ast.List, ast.Tuple))):
        codes = _codes(node.func.value.args[0].elts, 256)
        return None if codes is None else bytes(codes).decode("latin-1")
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        text = _folded(node.value)
        bounds = [part if part is None else _constant_int(part) for part in
                  (node.slice.lower, node.slice.upper, node.slice.step)]
        if text is None or any(b is False for b in bounds) or bounds[2] == 0:
            return None
        return text[slice(*bounds)]
    return None


UNICODE = 0x110000
"""One past the largest character code."""


def _pieces(node: ast.AST) -> Optional[list[str]]:
    """The strings a ``join`` is given: a list of constant strings, or ``map(chr, [codes])``."""
    if isinstance(node, (ast.List, ast.Tuple)):
        pieces = [_folded(element) for element in node.elts]
        return None if None in pieces else pieces
    if (isinstance(node, ast.Call) and _called(node) == "map" and len(node.args) == 2
            and isinstance(node.args[0], ast.Name) and node.args[0].id == "chr"
            and isinstance(node.args[1], (ast.List, ast.Tuple))):
        codes = _codes(node.args[1].elts, UNICODE)
        return None if codes is None else [chr(code) for code in codes]
    return None


def _codes(elements: list, limit: int) -> Optional[list[int]]:
    """The character codes a list of constants spells, each below ``limit``, or None."""
    codes = [_constant_int(element) for element in elements]
    return None if any(code is False or not 0 <= code < limit for code in codes) else codes


def _constant_int(node: ast.AST):
    """The int a slice bound spells (``-1`` included), or False."""
    try:
        value = ast.literal_eval(node)
    except ValueError:
        return False
    return value if isinstance(value, int) and not isinstance(value, bool) else False


def _reached(notebook: "_Notebook", names: Iterable[str], skip: set = frozenset()) -> list[tuple[ast.AST, int, list[str]]]:
    """The statements binding ``names`` and everything they refer to by name (imports aside),
    except those binding ``skip``."""
    out, todo, seen = [], list(names), set(skip)
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        for statement, index, lines in notebook.bindings.get(current, []):
            if not isinstance(statement, (ast.Import, ast.ImportFrom)):
                out.append((statement, index, lines))
                todo.extend(free for free in _free_names(statement) if free in notebook.bindings)
    return out


def _loop_call(node: ast.Call) -> bool:
    """Whether a call named like a loop is one: ``reduce``/``accumulate`` only bare or from
    functools/itertools, not as a ufunc's method."""
    if _called(node) not in FUNCTOOLS_ONLY or isinstance(node.func, ast.Name):
        return True
    owner = node.func.value if isinstance(node.func, ast.Attribute) else None
    return isinstance(owner, ast.Name) and owner.id in ("functools", "itertools")


#: Builtins that, given one iterable, walk its elements one by one in the interpreter:
#: ``sum(t.unbind(-1))`` is a loop over the columns (``t.sum(-1)`` is not).
ELEMENTWISE_BUILTINS = frozenset({"sum", "max", "min", "any", "all", "sorted"})


#: The keywords each of those builtins takes: a call with another (``sum(t, axis=1)``) is
#: not the builtin's.
BUILTIN_KEYWORDS = {"sum": {"start"}, "max": {"key", "default"}, "min": {"key", "default"}, "any": set(),
                    "all": set(), "sorted": {"key", "reverse"}}


def _builtin_over_elements(node: ast.Call) -> bool:
    """Whether the call is one of :data:`ELEMENTWISE_BUILTINS` over a single iterable (a
    comprehension in it is counted as a loop by itself)."""
    return (isinstance(node.func, ast.Name) and node.func.id in ELEMENTWISE_BUILTINS and len(node.args) == 1
            and not isinstance(node.args[0], (ast.GeneratorExp, ast.ListComp, ast.SetComp, ast.Starred))
            and all(k.arg in BUILTIN_KEYWORDS[node.func.id] for k in node.keywords))


def _is_object_dtype(node: ast.AST) -> bool:
    return (isinstance(node, ast.Name) and node.id == "object") or \
        (isinstance(node, ast.Constant) and node.value in ("O", "object")) or \
        (isinstance(node, ast.Attribute) and node.attr == "object_")


def _object_array(node: ast.Call) -> bool:
    """Whether the call makes an array of Python objects (``dtype=object``, ``.astype(object)``):
    arithmetic on it is a Python loop over its elements (tensors, say), without the keyword."""
    if any(k.arg == "dtype" and _is_object_dtype(k.value) for k in node.keywords):
        return True
    return isinstance(node.func, ast.Attribute) and node.func.attr == "astype" and bool(node.args) \
        and _is_object_dtype(node.args[0])


def _imported(notebook: "_Notebook", name: str) -> bool:
    """Whether the notebook binds ``name`` only by imports (``from numpy import sum``, or a
    star import that lists it): a library's function, not the builtin."""
    statements = [statement for statement, _, _ in notebook.bindings.get(name, [])]
    return bool(statements) and all(isinstance(s, (ast.Import, ast.ImportFrom)) for s in statements)


def _own_function(notebook: "_Notebook", name: str) -> bool:
    """Whether the notebook binds ``name`` only to functions it defines (``def sum(t): ...``):
    a call then runs that function, whose own code is read (``sum = builtins.sum`` is still the builtin)."""
    statements = [statement for statement, _, _ in notebook.bindings.get(name, [])]
    return bool(statements) and all(
        isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)) or isinstance(getattr(s, "value", None), ast.Lambda)
        for s in statements)


def _called(node: ast.Call) -> str:
    return node.func.id if isinstance(node.func, ast.Name) else node.func.attr if isinstance(node.func, ast.Attribute) else ""


def _cycle(edges: dict[str, set[str]], start: str) -> list[str]:
    """A cycle of references reachable from ``start`` (a function that ends up calling itself)."""
    path: list[str] = []
    done: set[str] = set()

    def visit(node: str) -> list[str]:
        if node in path:
            return path[path.index(node):]
        if node in done:
            return []
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            found = visit(nxt)
            if found:
                return found
        path.pop()
        done.add(node)
        return []

    return visit(start)
