"""autograder/library/loops.py: Python loops in a student's function, read from the notebook
on the host (the in-kernel line count can be switched off by the code it measures)."""

from __future__ import annotations

import textwrap

import nbformat
import pytest

from autograder.library.loops import code_cells, kernel_cells, read_loops

SETUP = "import math\n\nimport matplotlib.pyplot as plt\nimport numpy as np\nimport torch\n"
NAME = "pairwise_sq_dists"


def read(*sources: str, name: str = NAME):
    """Read ``name`` in the setup cell followed by ``sources`` (one cell each)."""
    cells = [SETUP] + [textwrap.dedent(s) for s in sources]
    return read_loops([{"cell": i, "source": s} for i, s in enumerate(cells)], name)


# --------------------------------------------------------------------------- correct answers read as loop-free

@pytest.mark.parametrize("source", [
    # the reference's broadcasting
    """
    def pairwise_sq_dists(A, B):
        difference = A[:, None, :] - B[None, :, :]
        return (difference ** 2).sum(dim=-1)
    """,
    # unlike the reference: the expansion with a matrix product, a helper, a lambda and a decorator
    """
    import functools


    def _norms(X):
        return (X * X).sum(dim=1)


    square = lambda t: t * t  # noqa: E731


    @functools.lru_cache(maxsize=None)
    def _unused():
        return 0


    def pairwise_sq_dists(A, B):
        '''The expansion ||a||^2 - 2 a.b + ||b||^2, clamped at 0.'''
        return (_norms(A)[:, None] - 2 * A @ B.T + _norms(B)[None, :]).clamp_min(0.0)
    """,
    # einsum through unsqueeze, a lambda bound by assignment, %matplotlib and %timeit magics
    """
    %matplotlib inline
    pairwise_sq_dists = lambda A, B: torch.einsum("ijk,ijk->ij", A.unsqueeze(1) - B.unsqueeze(0),
                                                  A.unsqueeze(1) - B.unsqueeze(0))
    %timeit -n 2 -r 1 pairwise_sq_dists(torch.ones(3, 2), torch.ones(4, 2))
    """,
    # torch.cdist, in a cell whose other names shadow nothing the function reads
    """
    A = torch.stack([torch.randn(3) for _ in range(5)])  # a loop at top level, not in the function
    def pairwise_sq_dists(A, B):
        return torch.cdist(A, B) ** 2
    """,
    # methods that share a name with a builtin that hides code (re.compile, Module.eval)
    """
    import re
    PATTERN = re.compile(r"[0-9]+")
    def pairwise_sq_dists(A, B):
        norm = torch.nn.Identity().eval()
        return norm((A * A).sum(1, keepdim=True) - 2 * A @ B.T + (B * B).sum(1)).clamp_min(0.0)
    """,
], ids=["reference", "expansion_helpers", "lambda_magics", "cdist_toplevel_loop", "methods_named_like_builtins"])
def test_a_vectorised_answer_in_any_style_reads_clean(source):
    reading = read(source)
    assert reading.defined and reading.loops == [] and reading.hiding == [], reading.problem()
    assert reading.clean and reading.problem() == ""


def test_the_last_plain_definition_is_the_one_read():
    looped = "def pairwise_sq_dists(A, B):\n    return torch.stack([((a - B) ** 2).sum(1) for a in A])\n"
    vectorised = "def pairwise_sq_dists(A, B):\n    return ((A[:, None] - B[None]) ** 2).sum(-1)\n"
    assert read(looped, vectorised).clean
    assert not read(vectorised, looped).clean


def test_a_definition_under_if_or_try_counts_with_every_alternative():
    both = "if torch.cuda.is_available():\n    def pairwise_sq_dists(A, B):\n        return torch.cdist(A, B) ** 2\n" \
           "else:\n    def pairwise_sq_dists(A, B):\n        return torch.stack([((a - B) ** 2).sum(1) for a in A])\n"
    reading = read(both)
    assert reading.defined and [f.line for f in reading.loops] == [6]
    assert read("try:\n    def pairwise_sq_dists(A, B):\n        return torch.cdist(A, B) ** 2\nexcept Exception:\n    pass\n").clean


# --------------------------------------------------------------------------- loops, wherever they are

@pytest.mark.parametrize("source, what, line", [
    ("""
     def pairwise_sq_dists(A, B):
         D = torch.zeros(A.shape[0], B.shape[0])
         for i in range(A.shape[0]):
             for j in range(B.shape[0]):
                 D[i, j] = ((A[i] - B[j]) ** 2).sum()
         return D
     """, "a for loop", 4),
    ("""
     def pairwise_sq_dists(A, B):
         return sum((A[:, k, None] - B[None, :, k]) ** 2 for k in range(A.shape[1]))
     """, "a generator expression", 3),
    ("""
     def pairwise_sq_dists(A, B):
         out, k = 0, 0
         while k < A.shape[1]:
             out = out + (A[:, k, None] - B[None, :, k]) ** 2
             k += 1
         return out
     """, "a while loop", 4),
    ("""
     def pairwise_sq_dists(A, B):
         return torch.stack(list(map(lambda a: ((a - B) ** 2).sum(1), A)))
     """, "a call to map", 3),
    ("""
     import itertools


     def pairwise_sq_dists(A, B):
         rows = torch.stack(list(itertools.chain.from_iterable(itertools.product(A, B))))
         return ((rows[0::2] - rows[1::2]) ** 2).sum(1).view(len(A), len(B))
     """, "a call to from_iterable", 6),
    ("""
     def pairwise_sq_dists(A, B):
         if A.shape[0] == 0:
             return torch.zeros(0, B.shape[0])
         first = ((A[:1, None] - B[None]) ** 2).sum(-1)
         return torch.cat([first, pairwise_sq_dists(A[1:], B)])
     """, "recursion (pairwise_sq_dists -> pairwise_sq_dists)", 2),
], ids=["double_for", "loop_over_d", "while", "map", "itertools_product", "recursion"])
def test_each_kind_of_loop_is_found_with_its_line(source, what, line):
    reading = read(source)
    assert reading.defined and not reading.clean
    assert (reading.loops[0].what, reading.loops[0].line) == (what, line)
    assert reading.loops[0].code and reading.loops[0].code.rstrip('.') in textwrap.dedent(source)
    assert f"line {line} of its cell" in reading.problem() and what in reading.problem()


def test_a_loop_in_a_helper_defined_in_another_cell_is_found_and_named():
    helper = """
    def _one_row(a, B):
        return ((a - B) ** 2).sum(dim=1)


    def _rows(A, B):
        return [_one_row(a, B) for a in A]
    """
    reading = read(helper, "def pairwise_sq_dists(A, B):\n    return torch.stack(_rows(A, B))\n")
    assert [(f.what, f.where, f.cell, f.line) for f in reading.loops] == [("a list comprehension", "_rows", 1, 7)]
    assert "in _rows (line 7 of its cell" in reading.problem()


def test_a_loop_reached_through_an_alias_a_closure_or_a_class_is_found():
    alias = "def _looping(A, B):\n    for a in A:\n        pass\n    return A\n\nfast = _looping\n"
    assert read(alias, "def pairwise_sq_dists(A, B):\n    return fast(A, B)\n").loops
    closure = "def make():\n    def inner(A, B):\n        return [a for a in A]\n    return inner\n\nhelper = make()\n"
    assert read(closure, "def pairwise_sq_dists(A, B):\n    return helper(A, B)\n").loops
    klass = "class P:\n    def __call__(self, A, B):\n        return torch.stack([a for a in A])\n\npairwise_sq_dists = P()\n"
    assert read(klass).loops


def test_a_loop_once_per_argument_written_at_the_call_is_no_loop_over_the_data():
    """A loop over a literal tuple, or over a helper's *args where every call writes its
    arguments out (``_common_dtype(A, B)``), runs as often whatever the data's size."""
    helper = """
    def _common_dtype(*tensors):
        dtype = tensors[0].dtype
        for t in tensors[1:]:
            dtype = torch.promote_types(dtype, t.dtype)
        return dtype
    """
    answer = """
    def pairwise_sq_dists(A, B):
        for t in (A, B):
            assert t.dim() == 2
        dtype = _common_dtype(A, B)
        return ((A[:, None, :].to(dtype) - B[None, :, :].to(dtype)) ** 2).sum(dim=-1)
    """
    assert read(helper, answer).clean


@pytest.mark.parametrize("call", ["_common_dtype(*A)", "_common_dtype(*A, B)", "(lambda f: f(A))(_common_dtype)"],
                         ids=["unpacked-data", "unpacked-first", "passed-on"])
def test_a_loop_over_args_fed_from_the_data_or_a_function_passed_on_is_a_loop(call):
    helper = "def _common_dtype(*tensors):\n    for t in tensors:\n        pass\n    return A\n"
    reading = read(helper, f"def pairwise_sq_dists(A, B):\n    return {call}\n")
    assert [(f.what, f.where) for f in reading.loops] == [("a for loop", "_common_dtype")]


def test_a_loop_over_args_rebound_in_the_function_is_a_loop():
    helper = "def _rows(*tensors):\n    tensors = tensors[0]\n    for t in tensors:\n        pass\n"
    assert read(helper, "def pairwise_sq_dists(A, B):\n    return _rows(A)\n").loops


def test_mutual_recursion_is_a_loop():
    reading = read("def _a(A, B):\n    return _b(A[1:], B) if len(A) else A\n\ndef _b(A, B):\n    return _a(A, B)\n",
                   "def pairwise_sq_dists(A, B):\n    return _a(A, B)\n")
    assert any(f.what.startswith("recursion (_a -> _b") for f in reading.loops), reading.problem()


def test_a_function_reading_its_own_attributes_is_no_recursion_and_one_calling_itself_is():
    counter = ("def pairwise_sq_dists(A, B):\n    pairwise_sq_dists.calls = getattr(pairwise_sq_dists, 'calls', 0) + 1\n"
               "    return torch.cdist(A, B) ** 2\n")
    assert read("", counter).clean, read("", counter).problem()
    for call in ("pairwise_sq_dists(A[1:], B)", "pairwise_sq_dists.__call__(A[1:], B)"):
        itself = f"def pairwise_sq_dists(A, B):\n    pairwise_sq_dists.calls = 1\n    return {call} if len(A) > 1 else A\n"
        assert any(f.what.startswith("recursion") for f in read("", itself).loops), call


@pytest.mark.parametrize("imported,hides", [("SimpleNamespace", False), ("SimpleNamespace as NS, MappingProxyType", False),
                                             ("FunctionType", True), ("SimpleNamespace, CodeType", True)])
def test_data_holders_of_the_types_module_hide_nothing(imported, hides):
    reading = read(f"from types import {imported}\n", "def pairwise_sq_dists(A, B):\n    return torch.cdist(A, B) ** 2\n")
    assert reading.clean is not hides, reading.problem()


def test_a_local_name_is_not_taken_for_the_notebooks_global():
    # ``B`` is a parameter: the top-level B built by a comprehension is not what the function reads
    reading = read("B = [b for b in range(3)]\n", "def pairwise_sq_dists(A, B):\n    return torch.cdist(A, B) ** 2\n")
    assert reading.clean, reading.problem()


# --------------------------------------------------------------------------- hidden from the grader

@pytest.mark.parametrize("source, shown", [
    ("""
     import sys


     def pairwise_sq_dists(A, B):
         tracer = sys.gettrace()
         sys.settrace(None)
         try:
             return ((A[:, None] - B[None]) ** 2).sum(-1)
         finally:
             sys.settrace(tracer)
     """, "sys.gettrace"),
    ("""
     exec("def _rows(A, B):\\n    return torch.stack([((a - B) ** 2).sum(1) for a in A])")


     def pairwise_sq_dists(A, B):
         return _rows(A, B)
     """, "exec"),
    ("""
     _code = compile("lambda A, B: A", "<string>", "eval")
     pairwise_sq_dists = eval(_code)
     """, "compile"),
    ("""
     import threading


     def pairwise_sq_dists(A, B):
         return ((A[:, None] - B[None]) ** 2).sum(-1)
     """, "the module threading"),
    ("""
     def pairwise_sq_dists(A, B):
         return ((A[:, None] - B[None]) ** 2).sum(-1)

     pairwise_sq_dists.__code__ = pairwise_sq_dists.__code__.replace(co_filename="/usr/lib/x.py")
     """, "__code__"),
    ("""
     def pairwise_sq_dists(A, B):
         return getattr(__builtins__, "ev" + "al")("A")
     """, "__builtins__"),
    ("""
     from my_helpers import rows


     def pairwise_sq_dists(A, B):
         return rows(A, B)
     """, "my_helpers, a module that is not installed"),
    ("""
     %%capture
     def pairwise_sq_dists(A, B):
         return [a for a in A]
     """, None),  # the magic's code is read like the cell's own: its loop is found
    ("""
     %%writefile helpers.py
     def rows(A, B):
         return [a for a in A]
     """, "%%writefile"),  # (and no pairwise_sq_dists at all: both are said)
], ids=["settrace", "exec_helper", "compile_eval", "threading", "code_object", "dunder_builtins", "own_module",
        "capture_magic", "writefile_magic"])
def test_code_hidden_from_the_grader_is_reported(source, shown):
    reading = read(source)
    assert not reading.clean
    if shown is None:
        assert reading.loops and reading.loops[0].what == "a list comprehension"
    else:
        assert any(shown in f.what for f in reading.hiding), reading.problem()
        assert "out of the grader's sight" in reading.problem() and shown in reading.problem()


@pytest.mark.parametrize("body", [
    "return torch.from_numpy(np.add.reduce((A.numpy()[:, None] - B.numpy()[None]) ** 2, axis=-1))",
    "return torch.as_tensor(np.fromfunction(lambda i, j: ((A[i] - B[j]) ** 2).sum(-1), (len(A), len(B)), dtype=int))",
], ids=["ufunc_reduce", "fromfunction"])
def test_vectorised_numpy_calls_named_like_loops_are_not_loops(body):
    reading = read(f"def pairwise_sq_dists(A, B):\n    {body}\n")
    assert reading.clean, reading.problem()
    assert not read("from functools import reduce\n\n\ndef pairwise_sq_dists(A, B):\n"
                    "    return reduce(lambda s, k: s + k, [A])\n").clean


def test_showing_things_with_ipython_display_hides_nothing():
    """``from IPython.display import display`` only shows; the rest of IPython runs code."""
    shown = read("from IPython.display import display, Markdown\n\n\ndef pairwise_sq_dists(A, B):\n"
                 "    display(Markdown('vectorised'))\n    return ((A[:, None] - B[None]) ** 2).sum(-1)\n")
    assert shown.clean, shown.problem()
    assert not read("import IPython\n\n\ndef pairwise_sq_dists(A, B):\n    return A\n").clean


def test_a_name_no_readable_cell_defines_is_reported():
    reading = read("def pairwise_sq_dists(A, B):\n    return _made_at_run_time(A, B)\n")
    assert [f.where for f in reading.hiding] == [NAME] and "_made_at_run_time" in reading.hiding[0].what


def test_loops_and_hiding_are_both_named_loops_first():
    reading = read("import sys\ndef pairwise_sq_dists(A, B):\n    sys.settrace(None)\n    return [a for a in A]\n")
    problem = reading.problem()
    assert problem.index("a list comprehension") < problem.index("sys.settrace")


def test_no_definition_is_not_shown_loop_free():
    reading = read("x = 1\n", "def something_else(A, B):\n    return A\n")
    assert not reading.defined and not reading.clean
    assert "found no definition of pairwise_sq_dists" in reading.problem()


def test_a_cell_that_is_not_python_defines_nothing():
    reading = read("def pairwise_sq_dists(A, B)\n    return A\n")  # a syntax error: the cell ran nothing
    assert not reading.defined


# --------------------------------------------------------------------------- where the cells come from

def _notebook() -> nbformat.NotebookNode:
    def grade(cell, **meta):
        cell.metadata["nbgrader"] = meta
        return cell

    return nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# title"),
        nbformat.v4.new_code_cell(SETUP),
        grade(nbformat.v4.new_code_cell("def pairwise_sq_dists(A, B):\n    return A"), grade_id="pairwise_sq_dists_answer",
              solution=True, grade=False),
        nbformat.v4.new_code_cell("print('a cell the student added')"),
        grade(nbformat.v4.new_code_cell("assert True"), grade_id="pairwise_sq_dists", grade=True, solution=False, points=15),
        nbformat.v4.new_code_cell("def pairwise_sq_dists(A, B):\n    return [a for a in A]  # after the test: not run yet"),
    ])


def test_code_cells_are_the_code_cells_before_the_parts_test_cell():
    cells = code_cells(_notebook(), "pairwise_sq_dists")
    assert [c["cell"] for c in cells] == [1, 2, 3]
    assert cells[1]["source"].startswith("def pairwise_sq_dists")
    assert read_loops(cells, NAME).clean


def test_code_cells_read_plain_json_and_take_every_cell_without_a_test_cell():
    plain = {"cells": [{"cell_type": "code", "source": ["x = 1\n", "y = 2\n"], "metadata": {}},
                       {"cell_type": "markdown", "source": "text", "metadata": {}}]}
    assert code_cells(plain, "pairwise_sq_dists") == [{"cell": 0, "source": "x = 1\ny = 2\n"}]
    assert code_cells({}, "pairwise_sq_dists") == []


def test_kernel_cells_are_the_history_before_the_current_cell():
    namespace = {"In": ["", SETUP, "def pairwise_sq_dists(A, B):\n    return A\n", "verify('x', globals())"]}
    cells = kernel_cells(namespace)
    assert [c["cell"] for c in cells] == [1, 2]
    assert read_loops(cells, NAME).clean  # the current cell's globals() is not read


def test_kernel_cells_without_history_read_the_cells_that_defined_functions(tmp_path):
    path = tmp_path / "answer.py"
    path.write_text("def pairwise_sq_dists(A, B):\n    return helper([a for a in A])\n")
    namespace = {"__name__": "__main__", "In": [""], "helper": print, "read_loops": read_loops}
    exec(compile(path.read_text(), str(path), "exec"), namespace)
    cells = kernel_cells(namespace)
    assert cells[-1]["source"] == path.read_text() and len(cells) == 2  # read_loops's module is not read
    reading = read_loops(cells, NAME)
    assert reading.hiding == [] and [f.what for f in reading.loops] == ["a list comprehension"]


@pytest.mark.parametrize("source", [
    "\n%%capture\ndef pairwise_sq_dists(A, B):\n    return [a for a in A]\n",
    "\n\n%matplotlib inline\ndef pairwise_sq_dists(A, B):\n    return [a for a in A]\n",
], ids=["cell_magic", "line_magic_after_blank_lines"])
def test_a_cell_read_again_is_found_on_the_same_line(source):
    """Parsed cells are shared between readings (every part, every submission reads the same
    cells): reading one again must not number its lines again."""
    lines = [[(f.line, f.code) for f in read(source).loops] for _ in range(3)]
    assert lines[0] == lines[1] == lines[2] and lines[0]
    assert lines[0][0][1] == "return [a for a in A]"


def test_plain_dunder_data_hides_no_code():
    """``torch.__version__`` printed beside the answer is data, not code run out of sight."""
    reading = read("import torch\nprint(torch.__version__, pairwise_sq_dists.__qualname__)\n\n\n"
                   "def pairwise_sq_dists(A, B):\n    return ((A[:, None] - B[None]) ** 2).sum(-1)\n")
    assert reading.clean, reading.problem()
    assert not read("def pairwise_sq_dists(A, B):\n    return A.__class__.__dict__\n").clean
    # The usual __repr__ of a student's own class names its class.
    assert read("class Dists:\n    def __repr__(self):\n        return f'{self.__class__.__name__}()'\n\n"
                "    def __call__(self, A, B):\n        return ((A[:, None] - B[None]) ** 2).sum(-1)\n\n\n"
                "pairwise_sq_dists = Dists()\nprint(pairwise_sq_dists)\n").clean


@pytest.mark.parametrize("body", [
    "return sum(((A[:, None] - B[None]) ** 2).unbind(-1))",
    "return sum((A[:, None, k] - B[None, :, k]) ** 2 for k in range(A.shape[1]))",
    "return max(((A[:, None] - B[None]) ** 2).sum(-1), torch.zeros(len(A), len(B)))",
], ids=["builtin_sum_over_columns", "generator_in_builtin_sum", "builtin_max_of_two"])
def test_a_builtin_walking_a_tensors_elements_is_a_loop(body):
    """``sum(t.unbind(-1))`` adds the columns one by one in the interpreter; ``max(a, b)`` of
    two tensors walks nothing."""
    reading = read(f"def pairwise_sq_dists(A, B):\n    {body}\n")
    assert reading.clean == body.startswith("return max("), reading.problem()
    if "unbind" in body:
        assert "builtin sum()" in reading.problem()


@pytest.mark.parametrize("helper,clean", [
    ("def sum(t):\n    return t.sum(-1)\n", True),
    ("sum = lambda t: t.sum(-1)\n", True),
    ("def sum(t):\n    return t.unbind(-1)[0] + t.unbind(-1)[1] + t.unbind(-1)[2]\n", True),
    ("def sum(t):\n    total = 0\n    for column in t.unbind(-1):\n        total = total + column\n    return total\n",
     False),
    ("import builtins\nsum = builtins.sum\n", False),
    ("from builtins import sum\n", False),
], ids=["own_def", "own_lambda", "own_def_unrolled", "own_def_with_a_loop", "builtin_rebound", "builtin_imported"])
def test_a_sum_the_notebook_defines_is_read_as_its_own_code(helper, clean):
    """``sum(diff * diff)`` calls the student's own ``sum`` when the notebook defines one (its
    body is read like any helper's); rebinding the builtin itself changes nothing."""
    reading = read(f"{helper}\n\ndef pairwise_sq_dists(A, B):\n    diff = A[:, None] - B[None]\n"
                   "    return sum(diff * diff)\n")
    assert reading.clean is clean, reading.problem()


@pytest.mark.parametrize("source", [
    # numpy's sum by a star import, with names only the star import binds
    """
    from numpy import *

    def pairwise_sq_dists(A, B):
        A, B = asarray(A), asarray(B)
        diff = A[:, newaxis, :] - B[newaxis, :, :]
        return sum(diff ** 2, axis=-1)
    """,
    # torch's sum imported by name, called with its dim
    """
    from torch import sum

    def pairwise_sq_dists(A, B):
        diff = A[:, None] - B[None]
        return sum(diff * diff, dim=-1)
    """,
    # memory habits from GPU tutorials and the debugger's switch: they run no code of the answer
    """
    %pdb on
    import gc

    def pairwise_sq_dists(A, B):
        diff = A[:, None] - B[None]
        out = (diff ** 2).sum(-1)
        del diff
        gc.collect()
        return out
    """,
], ids=["numpy_star_import", "torch_sum_imported", "gc_collect_and_pdb"])
def test_a_library_function_named_like_a_builtin_and_harmless_habits_read_clean(source):
    import numpy  # noqa: F401 - loaded, as in the grader's process: its star import's names are known

    reading = read(source)
    assert reading.clean, reading.problem()


def test_a_star_import_whose_names_are_unknown_hides_no_name(monkeypatch):
    """A module this process has not loaded may bind any name: none is reported as undefined,
    and a builtin's name may be its function."""
    import sys

    monkeypatch.delitem(sys.modules, "numpy", raising=False)
    reading = read("from numpy import *\n\ndef pairwise_sq_dists(A, B):\n"
                   "    return sum((asarray(A)[:, newaxis] - asarray(B)[newaxis]) ** 2, -1)\n")
    assert reading.clean, reading.problem()
    assert not read("def pairwise_sq_dists(A, B):\n    return sum(((A[:, None] - B[None]) ** 2).unbind(-1))\n").clean


@pytest.mark.parametrize("make", ["np.array(list(A.unbind(0)) + [None], dtype=object)[:-1]",
                                  "np.empty(len(A), dtype='O')", "np.asarray(A.tolist()).astype(object)"])
def test_an_array_of_python_objects_is_a_loop(make):
    """NumPy's arithmetic on an object array calls each element's operator in turn: a loop over
    the rows (or pairs) without the keyword."""
    reading = read(f"def pairwise_sq_dists(A, B):\n    rows = {make}\n    return rows\n")
    assert not reading.clean and "dtype=object" in reading.problem()
