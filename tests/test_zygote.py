"""Warm kernels forked by the zygote: each one clean, isolated and really sandboxed."""

import json
import shutil
import time

import pytest

from autograder.execution.execute import ATTESTATION_MIME
from autograder.execution.kernel import Kernel, RunLimits
from autograder.execution.sandbox import SandboxSettings
from autograder.execution.attestation import attestation_code, check_attestation
from autograder.execution.workers import _run_root
from conftest import ROOT, sandbox_available

pytestmark = [pytest.mark.slow, pytest.mark.sandbox,
              pytest.mark.skipif(not sandbox_available(), reason="needs bubblewrap (as root, or user namespaces)")]

SLOTS = (11, 12)


@pytest.fixture(scope="module")
def run_dirs():
    """Run folders for zygotes (under /var/tmp, as the grader's): removed afterwards."""
    made = []

    def make():
        made.append(_run_root())
        return made[-1]
    yield make
    for folder in made:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def zygote(run_dirs):
    from autograder.execution.zygote import Zygote

    z = Zygote(settings=SandboxSettings(), run_dir=run_dirs())
    z.wait_preloaded()  # what kernels import later too: these tests look at kernels forked after that
    yield z
    z.close()


def _kernel(zygote, slot):
    k = Kernel(settings=SandboxSettings(), limits=RunLimits(cell_timeout=5), slot=slot, zygote=zygote)
    k.wait_ready(30)
    return k


def _value(kernel, expression):
    code = ("from IPython.display import publish_display_data as _p\nimport json as _j\n"
            f"_p({{'text/x-test': _j.dumps({expression})}})")
    run, data = kernel.execute(code, index=0, deadline=time.monotonic() + 30, data_mimes=("text/x-test",))
    assert run.error is None, run.error
    return json.loads(data[-1])


def test_a_forked_kernel_passes_the_sandbox_attestation(zygote, tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("x")
    kernel = _kernel(zygote, SLOTS[0])
    try:
        _, data = kernel.execute(attestation_code([str(secret), str(ROOT / "solutions")]), index=-1,
                                 deadline=time.monotonic() + 30, data_mimes=(ATTESTATION_MIME,))
        report = json.loads(data[-1])
    finally:
        kernel.kill()
    assert check_attestation(report, settings=SandboxSettings(), slot=SLOTS[0]) == []
    assert report["pid"] == 1


def test_nothing_leaks_from_one_forked_kernel_to_the_next(zygote):
    first = _kernel(zygote, SLOTS[0])
    try:
        marks = _value(first, "[open(p + '/leak', 'w').write('x') for p in ('/tmp', '/dev/shm', '.')]")
        assert marks == [1, 1, 1]
        first_random = _value(first, "__import__('torch').rand(1).item()")
    finally:
        first.kill()
    second = _kernel(zygote, SLOTS[1])
    try:
        seen = _value(second, "[__import__('os').path.exists(p + '/leak') for p in ('/tmp', '/dev/shm', '.')]")
        second_random = _value(second, "__import__('torch').rand(1).item()")
        names = _value(second, "sorted(k for k in globals() if not k.startswith('_'))")
    finally:
        second.kill()
    assert seen == [False, False, False]
    assert first_random != second_random, "every child must be reseeded"
    assert "torch" not in names and "leak" not in names


def test_forked_kernels_start_with_what_kernels_and_course_code_import_lazily(zygote):
    """The zygote's rehearsal preloads what a kernel imports as it starts (IPython's pdb),
    what course code imports lazily (DataLoader's modules) and what a failing cell's traceback
    imports (stack_data); an optimizer's steps import
    nothing more, torch._dynamo's sympy included (the zygote stands in for torch._dynamo)."""
    kernel = _kernel(zygote, SLOTS[0])
    try:
        loaded = _value(kernel, "[m in __import__('sys').modules for m in ('pdb', 'torch.utils.data', 'stack_data')]")
        optimizer_step = _value(kernel, """(lambda sys, torch: (lambda before: (
            [torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1).step(),
             torch.optim.Adam([torch.nn.Parameter(torch.zeros(1))]).zero_grad()],
            sorted(set(sys.modules) - before))[1])(set(sys.modules)))(__import__('sys'), __import__('torch'))""")
        heavy = _value(kernel, "[m in __import__('sys').modules for m in ('sympy', 'torch._inductor')]")
    finally:
        kernel.kill()
    assert loaded == [True, True, True]  # (stack_data: what a cell's traceback imports to show its lines)
    assert optimizer_step == []
    assert heavy == [False, False]


def test_torch_dynamo_stands_in_until_used_then_compiles_and_trains_as_torch_does(zygote):
    """The stand-in for torch._dynamo answers an optimizer's two calls itself; torch.compile
    imports the real module, which then serves everything (and the steps' results are torch's)."""
    kernel = _kernel(zygote, SLOTS[0])
    try:
        steps = ("w = torch.nn.Parameter(torch.tensor([1.0, -2.0]))\n"
                 "opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)\n"
                 "for _ in range(3):\n"
                 "    opt.zero_grad(); (w ** 2).sum().backward(); opt.step()\n")
        run, _ = kernel.execute("import sys, torch\n" + steps, index=0, deadline=time.monotonic() + 30)
        assert run.error is None, run.error
        before = _value(kernel, "[type(sys.modules['torch._dynamo']).__name__, 'sympy' in sys.modules, w.tolist()]")
        run, _ = kernel.execute("compiled = torch.compile(lambda x: torch.sin(x) * 2, backend='eager')(torch.ones(2))\n"
                                + steps, index=1, deadline=time.monotonic() + 60)
        assert run.error is None, run.error
        after = _value(kernel, "[type(sys.modules['torch._dynamo']).__name__, torch._dynamo is sys.modules['torch._dynamo'], "
                               "compiled.tolist(), w.tolist()]")
    finally:
        kernel.kill()
    import torch  # the same steps in this process, where torch._dynamo is torch's own

    w = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
    opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
    for _ in range(3):
        opt.zero_grad()
        (w ** 2).sum().backward()
        opt.step()
    assert before == ["StandIn", False, w.tolist()]
    assert after[:2] == ["module", True]
    assert after[2] == pytest.approx([2 * 0.8414709848078965] * 2)
    assert after[3] == w.tolist()


def test_torch_func_transforms_run_on_the_stand_in_then_on_the_real_module(zygote):
    """torch.func (grad, jacrev) asks torch._dynamo to keep compiled autograd off: the stand-in
    answers that itself (no 0.8 s import: grad then imports nothing), and passes it on once
    the real module is loaded."""
    code = ("import sys, torch\n"
            "f = lambda w: (w ** 3).sum()\n"
            "w = torch.tensor([1.0, -2.0])\n"
            "found = [torch.func.grad(f)(w).tolist(), 'sympy' in sys.modules, torch.func.jacrev(torch.sin)(w).tolist()]\n")
    kernel = _kernel(zygote, SLOTS[0])
    try:
        run, _ = kernel.execute(code, index=0, deadline=time.monotonic() + 30)
        assert run.error is None, run.error
        before = _value(kernel, "[type(sys.modules['torch._dynamo']).__name__, found]")
        run, _ = kernel.execute("torch.compile(torch.sin, backend='eager')(w)\n" + code, index=1,
                                deadline=time.monotonic() + 60)
        assert run.error is None, run.error
        after = _value(kernel, "[type(sys.modules['torch._dynamo']).__name__, found]")
    finally:
        kernel.kill()
    import torch

    w = torch.tensor([1.0, -2.0])
    expected = [torch.func.grad(lambda v: (v ** 3).sum())(w).tolist(), False, torch.func.jacrev(torch.sin)(w).tolist()]
    assert before == ["StandIn", expected]  # (no sympy after grad: torch._dynamo's import brings it)
    assert after == ["module", expected[:1] + [True] + expected[2:]]


def test_forked_kernels_start_without_the_debugger(zygote):
    """ipykernel's debugger is off in grading kernels: debugpy's pydevd is not imported."""
    kernel = _kernel(zygote, SLOTS[0])
    try:
        pydevd = _value(kernel, "sorted(m for m in __import__('sys').modules if 'pydevd' in m)")
        debugger = _value(kernel, "hasattr(get_ipython().kernel, 'debugger')")
    finally:
        kernel.kill()
    assert pydevd == [] and debugger is False


def test_forked_kernels_name_cells_by_a_quick_hash_and_tracebacks_still_show_each_cells_lines(zygote):
    """Cells are named by the zygote's hash, not ipykernel's pure-Python murmur2: distinct
    cells get distinct names, and a traceback quotes the line of the cell that raised."""
    kernel = _kernel(zygote, SLOTS[0])
    try:
        names = _value(kernel, "[__import__('ipykernel.compiler').compiler.murmur2_x86.__name__, "
                               "get_ipython().compile.get_code_name('a = 1', None, 0), "
                               "get_ipython().compile.get_code_name('a = 2', None, 0)]")
        kernel.execute("def first():\n    return 1\n", index=0, deadline=time.monotonic() + 30)
        run, _ = kernel.execute("x = 1\nraise ValueError('from the second cell')  # the line shown\n",
                                index=1, deadline=time.monotonic() + 30)
    finally:
        kernel.kill()
    assert names[0] == "blake2b_x86" and names[1] != names[2]
    assert run.error == "ValueError: from the second cell"
    assert "the line shown" in "".join(o.get("traceback") and "".join(o["traceback"]) or "" for o in run.outputs)


def test_ipykernel_still_names_cells_by_the_hash_function_the_zygote_replaces(monkeypatch):
    """The zygote's quick cell names patch ``ipykernel.compiler.murmur2_x86``: that module
    attribute must still be what ipykernel calls to name a cell's code."""
    import ipykernel.compiler as compiler

    seen = []
    monkeypatch.setattr(compiler, "murmur2_x86", lambda data, seed: seen.append(data) or 7)
    monkeypatch.delenv("IPYKERNEL_CELL_NAME", raising=False)
    name = compiler.XCachingCompiler().get_code_name("a = 1", None, 0)
    assert seen == ["a = 1"] and name.endswith("7.py")


def test_forked_kernels_flush_only_what_was_written_and_keep_each_cells_output_in_that_cell(zygote):
    """A flush with nothing written returns at once (and ipykernel's pause before each reply is
    gone); what a cell prints, to stdout or stderr, still arrives with that cell, whole and in order."""
    kernel = _kernel(zygote, SLOTS[0])
    try:
        patched = _value(kernel, "[getattr(type(__import__('sys').stdout).flush, 'only_what_was_written', False), "
                                 "get_ipython().kernel._execute_sleep]")
        runs = [kernel.execute(code, index=i, deadline=time.monotonic() + 30)[0] for i, code in enumerate([
            "print('first', flush=False)\nimport sys\nprint('warned', file=sys.stderr)",
            "x = 1",
            "for i in range(3):\n    print(i, end=' ')\nsys.stdout.flush()\nprint('done')",
        ])]
    finally:
        kernel.kill()
    assert patched == [True, 0.0]
    assert [[(o["name"], o["text"]) for o in run.outputs] for run in runs] == [
        [("stdout", "first\n"), ("stderr", "warned\n")], [], [("stdout", "0 1 2 done\n")]]


def test_ipykernel_streams_still_keep_the_state_the_quick_flush_reads():
    """The zygote's quick flush reads ``OutStream._flush_pending``, ``_subprocess_flush_pending``,
    ``_buffers`` and ``_buffer_lock``: a write must still set the first and fill the buffers, and
    a flush must empty them, or the quick flush would drop output."""
    import zmq
    from ipykernel.iostream import IOPubThread, OutStream
    from jupyter_client.session import Session

    context = zmq.Context()
    socket = context.socket(zmq.PUB)
    thread = IOPubThread(socket)  # not started: what it is handed runs at once, in this thread
    try:
        stream = OutStream(Session(), thread, "stdout", watchfd=False)

        def written():
            with stream._buffer_lock:
                return any(buffer.tell() for buffer in stream._buffers.values())
        before = (stream._flush_pending, stream._subprocess_flush_pending, written())
        stream.write("text")
        after_write = (stream._flush_pending, written())
        stream.flush()
        after_flush = (stream._flush_pending, written())
    finally:
        context.destroy(linger=0)  # (the thread's own event pipe is a socket of this context too)
    assert before == (False, False, False)
    assert after_write == (True, True)
    assert after_flush == (False, False)


PLAIN_CELLS = [
    "x = 1\ny = 2",
    "x = 1\ny = 2\n",
    "def f():\n    return 1\n    \nprint(f())",  # a line of spaces: dedent empties it
    's = """a\n   \nb"""\nprint(repr(s))',  # ... inside a string too, as IPython does
    "x = 1\r\ny = 2\r\n",
    "s = 'a\u2028b'\nt = 1",
    "import asyncio\nawait asyncio.sleep(0)",
    "async def f():\n    await g()\nx = 1",
    "x = 1\f\ny = 2",
    "x = 1\n\x0cy = 2",
    "# only a comment\n# and another",
]
"""Cells the quick transform takes (each must come out as IPython's transform gives it)."""
OTHER_CELLS = [
    "x = (1,\n     2)\ny = [3\n     , 4]",  # a line starting with an escape IPython may read
    "x = 10\ny = (x\n     / 2)",
    "x = 1\n...\n",  # an Ellipsis IPython reads as a pasted prompt
    ">>> a = 1\n>>> b = a + 1",
    "In [1]: a = 1\n   ...: b = 2",
    "if True:\n        a = 1\n    b = 2\n",  # an inconsistent dedent: IPython's tokenizer reports it
    "x = 5 % 2\ny = x != 1",
    "x = 1\nx?",
    "%time x = 1\ny = 2",
    "%%time\nx = 1\ny = 2",
    "!echo hi\nx = 1",
    "y = !echo hi\nx = 1",
    "\nx = 1\ny = 2",
    "  x = 1\n  y = 2",
    "\tx = 1\n\ty = 2",
    "x = 1",  # one line: IPython prefilters it with the namespace in hand
    "exit",
    "x = 1\n,y = 2",
    "x = 1\n;y = 2",
    "x = 1\n/print 2",
    "def f(:\n    pass\n",
    "x = '''\n",
    "",
    "\n\n",
]
"""Cells left to IPython's own transform."""


def _ipython_transform(shell, cell):
    try:
        return shell.transform_cell(cell)
    except Exception as error:  # noqa: BLE001 - compared as what IPython does with the cell
        return type(error)


def test_a_plain_cell_is_transformed_as_ipython_transforms_it():
    """The zygote's quick transform gives IPython's own result for every cell it takes (each
    corpus answer, every cell of the solutions and the releases, and cells at the edges of
    IPython's syntax), and leaves alone every cell some IPython transformer acts on."""
    from IPython.core.interactiveshell import InteractiveShell

    from autograder.execution.zygote_server import plain_cell
    from notebooks import load_case

    shell = InteractiveShell.instance()
    cells = PLAIN_CELLS + OTHER_CELLS
    for path in sorted((ROOT / "tests" / "corpus").glob("*/*/*.py")):
        cells.extend(answer.strip("\n") for answer in load_case(path)[1].values())  # as submissions hold them
    for path in sorted(ROOT.glob("solutions/*/*.ipynb")) + sorted(ROOT.glob("notebooks/*/*.ipynb")):
        cells.extend(c["source"] for c in json.loads(path.read_text())["cells"] if c["cell_type"] == "code")
    cells = ["".join(cell) if isinstance(cell, list) else cell for cell in cells]
    taken = {cell: plain_cell(shell, cell) for cell in cells}
    wrong = [cell for cell, quick in taken.items() if quick is not None and quick != _ipython_transform(shell, cell)]
    assert wrong == []
    assert [cell for cell in PLAIN_CELLS if taken[cell] is None] == []
    assert [cell for cell in OTHER_CELLS if taken[cell] is not None] == []
    assert sum(quick is not None for quick in taken.values()) > len(taken) / 2  # most cells are plain


def test_a_plain_cell_takes_ipythons_way_once_its_transformers_change():
    """A transformer added by a cell (an extension's) is applied: the quick transform steps aside."""
    from IPython.core.interactiveshell import InteractiveShell

    from autograder.execution.zygote_server import plain_cell

    shell = InteractiveShell.instance()
    cell = "x = 1\ny = 2\n"
    assert plain_cell(shell, cell) == cell
    shell.input_transformers_cleanup.append(lambda lines: [line.replace("1", "3") for line in lines])
    try:
        assert plain_cell(shell, cell) is None
    finally:
        shell.input_transformers_cleanup.pop()
    shell.input_transformers_post.append(lambda lines: lines)
    try:
        assert plain_cell(shell, cell) is None
    finally:
        shell.input_transformers_post.pop()


def test_forked_kernels_transform_each_cell_once_and_run_every_kind_of_cell_as_ipython_does(zygote):
    """In a forked kernel the quick transform is in place, and plain cells, magics, shell escapes,
    pasted prompts, top-level await and a blank line in a string still run as IPython runs them."""
    kernel = _kernel(zygote, SLOTS[0])
    try:
        patched = _value(kernel, "[getattr(type(get_ipython()).transform_cell, 'once', False), "
                                 "__import__('IPython.core.interactiveshell').core.interactiveshell"
                                 "._should_be_async('x = 1'), "
                                 "__import__('IPython.core.interactiveshell').core.interactiveshell"
                                 "._should_be_async('await f()')]")
        runs = [kernel.execute(code, index=i, deadline=time.monotonic() + 30)[0] for i, code in enumerate([
            "a = 1\nb = a + 1",
            "%time c = b + 1\nd = c + 1",
            ">>> e = d + 1\n>>> f = e + 1",
            "import asyncio\nawait asyncio.sleep(0)\ng = f + 1",
            's = """x\n   \ny"""\nh = g + 1',
            "if True:\n        i = 1\n    j = 2\n",
        ])]
        values = _value(kernel, "[a, b, c, d, e, f, g, h, s]")
    finally:
        kernel.kill()
    assert patched == [True, False, True]
    assert [run.error for run in runs[:5]] == [None] * 5
    assert runs[5].error.startswith("IndentationError")
    assert values == [1, 2, 3, 4, 5, 6, 7, 8, "x\n\ny"]


def test_forked_kernels_find_the_probe_modules_built_and_the_harness_keeps_them(zygote):
    """The zygote builds the library's probe modules once; a kernel's harness, whose probes ship
    the same sources, keeps those instead of building its own."""
    from autograder.execution.execute import _harness_code
    from autograder.library.ship import PROBE_MODULES

    names = [f"autograder.library.{name}" for name in PROBE_MODULES]
    probes = (ROOT / "solutions" / "pa2_gradient_descent" / "grading" / "probes.py").read_text()
    kernel = _kernel(zygote, SLOTS[0])
    try:
        ids = f"[id(m) for m in map(__import__('sys').modules.get, {names!r}) if m is not None]"
        before = _value(kernel, ids)
        run, _ = kernel.execute(_harness_code(probes), index=-1, deadline=time.monotonic() + 30)
        after = _value(kernel, ids)
    finally:
        kernel.kill()
    assert run.error is None, run.error
    assert before == after and len(before) == len(names)


def test_a_sleeping_cell_is_reported_waiting_and_a_computing_one_is_not(zygote):
    reports = []
    kernel = Kernel(settings=SandboxSettings(), limits=RunLimits(cell_timeout=10), slot=SLOTS[0], zygote=zygote,
                    on_wait=reports.append)
    try:
        kernel.wait_ready(30)
        run, _ = kernel.execute("import time\ntime.sleep(1.5)", index=0, deadline=time.monotonic() + 30)
        assert run.error is None and reports == [True, False]
        busy = "end = time.process_time() + 1.5\nwhile time.process_time() < end:\n    pass"
        run, _ = kernel.execute(busy, index=1, deadline=time.monotonic() + 30)
        assert run.error is None and reports == [True, False]
    finally:
        kernel.kill()


def test_processes_a_student_leaves_behind_die_with_the_kernel(zygote):
    kernel = _kernel(zygote, SLOTS[0])
    token = _sleep_token()
    code = ("import os, subprocess\n"
            f"p = subprocess.Popen(['sleep', '{token}'], start_new_session=True)\n")
    try:
        run, _ = kernel.execute(code, index=0, deadline=time.monotonic() + 30)
        assert run.error is None
        assert _processes_of(token), "the student's process never started: nothing to check"
    finally:
        kernel.kill()
    time.sleep(0.5)
    assert _processes_of(token) == []


def _sleep_token():
    """A sleep duration no other process uses: it names a student's process on the host
    (rootless, every kernel runs as the grading user, so a uid would not single it out)."""
    import secrets
    return f"600.{secrets.randbelow(10 ** 6):06d}"


def _processes_of(token):
    """Host pids of the processes running ``sleep token``."""
    import pathlib
    found = []
    for cmdline in pathlib.Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if cmdline.read_bytes() == f"sleep\0{token}\0".encode():
                found.append(cmdline.parent.name)
        except OSError:
            continue
    return found


def test_a_kernel_killing_its_process_group_kills_no_other_kernel_nor_the_zygote(run_dirs):
    """killpg(0) reaches a group's members in every pid namespace, and rootless every kernel
    has the grading user's uid: is each kernel in a process group (and session) of its own?"""
    from autograder.execution.kernel import KernelDied
    from autograder.execution.zygote import Zygote

    own = Zygote(settings=SandboxSettings(), run_dir=run_dirs())
    try:
        victim, attacker = _kernel(own, SLOTS[0]), _kernel(own, SLOTS[1])
        try:
            try:  # (pid 1 of its namespace, the attacker itself ignores a SIGKILL sent from inside)
                attacker.execute("import os, signal\nos.killpg(0, signal.SIGKILL)", index=0,
                                 deadline=time.monotonic() + 30)
            except KernelDied:
                pass
            time.sleep(0.5)
            assert victim.alive() and _value(victim, "6 * 7") == 42
        finally:
            victim.kill()
            attacker.kill()
        assert own.usable()
        third = _kernel(own, 13)
        third.kill()
    finally:
        own.close()


def test_a_forked_kernel_sees_nothing_of_the_run_folder_but_its_own_ipc_folder(zygote):
    """Rootless, kernels share the grading user's uid, so the run folder's modes no longer
    separate them: does each kernel see only its own IPC folder there (not the zygote's socket,
    log or module list, not another kernel's folder), and is that view read-only?"""
    import os

    first, second = _kernel(zygote, SLOTS[0]), _kernel(zygote, SLOTS[1])
    try:
        seen = _value(first, f"sorted(__import__('os').listdir({zygote.run_dir!r}))")
        write = _value(first, f"(lambda os: (lambda p: [os.path.exists(p), os.access({zygote.run_dir!r}, os.W_OK)])"
                              f"('{zygote.run_dir}/zygote.sock'))(__import__('os'))")
    finally:
        first.kill()
        second.kill()
    assert os.path.exists(os.path.join(zygote.run_dir, "zygote.sock"))
    assert seen == [os.path.basename(first.ipc_dir)], seen
    assert write == [False, False]


def test_kernels_die_when_their_zygote_dies(run_dirs):
    """When the zygote goes (the grader ends or crashes), its kernels go too: nothing is left running."""
    from autograder.execution.zygote import Zygote

    own = Zygote(settings=SandboxSettings(), run_dir=run_dirs())
    kernel = _kernel(own, 13)
    token = _sleep_token()
    try:
        kernel.execute(f"import subprocess\nsubprocess.Popen(['sleep', '{token}'])", index=0,
                       deadline=time.monotonic() + 30)
        assert _processes_of(token), "the student's process never started: nothing to check"
        own.close()  # the zygote and its sandbox go; the kernel is not killed directly
        deadline = time.monotonic() + 10
        while _processes_of(token) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _processes_of(token) == []
    finally:
        kernel.kill()


def test_folders_under_tmp_stay_visible_to_forked_kernels(tmp_path_factory):
    """Each kernel mounts a private /tmp; what it needs there (a Python or the run folder
    installed under /tmp, as in a CI checkout) is bound back on top."""
    import os
    import tempfile

    from autograder.execution.zygote import Zygote

    run_dir = tempfile.mkdtemp(prefix="autograder-run-", dir="/tmp")
    os.chmod(run_dir, 0o755)
    own = Zygote(settings=SandboxSettings(), run_dir=run_dir)
    try:
        kernel = _kernel(own, 14)  # its connection file and sockets live under /tmp
        try:
            assert _value(kernel, "6 * 7") == 42
        finally:
            kernel.kill()
    finally:
        own.close()
        shutil.rmtree(run_dir, ignore_errors=True)


def test_the_modules_a_kernel_imports_are_learned_once_then_read_from_the_cache(tmp_path, monkeypatch, run_dirs):
    """The first zygote in an environment rehearses a kernel and keeps the module list; the
    next one imports the kept list (here with one more module) without rehearsing."""
    from autograder.execution.zygote import Zygote, modules_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cache = modules_cache()
    assert str(cache).startswith(str(tmp_path)) and not cache.exists()
    Zygote(settings=SandboxSettings(), run_dir=run_dirs()).close()
    learned = json.loads(cache.read_text())
    assert {"pdb", "matplotlib.backends.backend_agg"} <= set(learned)
    assert not {"torch._dynamo", "sympy", "debugpy"} & set(learned)
    cache.write_text(json.dumps(learned + ["wave"]))  # a stdlib module no kernel imports by itself
    second = Zygote(settings=SandboxSettings(), run_dir=run_dirs())
    try:
        second.wait_preloaded()
        kernel = _kernel(second, SLOTS[0])
        try:
            # Only the kept list names it: a rehearsal would have replaced the list.
            assert _value(kernel, "'wave' in __import__('sys').modules") is True
        finally:
            kernel.kill()
    finally:
        second.close()


def test_forked_kernels_inherit_the_zygotes_warm_figure_machinery(zygote):
    """Once the zygote is preloaded it has drawn a figure: the mathtext parser and font
    lookups a kernel's first figure needs are built already, and no figure is left open."""
    kernel = _kernel(zygote, SLOTS[0])
    try:
        state = _value(kernel, """(lambda mathtext, plt, fm: [mathtext.MathTextParser._parser is not None,
            plt.get_fignums(), fm.FontManager._findfont_cached.cache_info().currsize > 0])(
            __import__('matplotlib.mathtext').mathtext, __import__('matplotlib.pyplot').pyplot,
            __import__('matplotlib.font_manager').font_manager)""")
    finally:
        kernel.kill()
    assert state == [True, [], True]


def _batches(loader):
    return [[(t.dtype, tuple(t.shape), t.stride(), t.tolist()) for t in batch] for batch in loader]


def _rows_asked(monkeypatch) -> list:
    """The indices a TensorDataset (or a subclass) is asked for one at a time, from now on."""
    from torch.utils.data import TensorDataset

    rows = []
    monkeypatch.setattr(TensorDataset, "__getitem__", lambda self, i: rows.append(i) or tuple(t[i] for t in self.tensors))
    return rows


@pytest.fixture
def whole_batch_fetching(monkeypatch):
    """The zygote's DataLoader fetch, installed for one test (and torch's own put back after);
    returns torch's own."""
    from torch.utils.data._utils import fetch

    from autograder.execution.zygote_server import _fetch_tensor_batches_whole

    torchs = fetch._MapDatasetFetcher.fetch
    monkeypatch.setattr(fetch._MapDatasetFetcher, "fetch", torchs)
    _fetch_tensor_batches_whole()
    assert getattr(fetch._MapDatasetFetcher.fetch, "whole_batches", False)
    return torchs


def test_a_tensor_dataset_loader_gives_the_same_batches_taking_each_batchs_rows_at_once(whole_batch_fetching,
                                                                                         monkeypatch):
    """Shuffled or not, any batch size, a last batch short or dropped, tensors of any dtype and
    shape: the same batches as torch's row-by-row way, and the dataset is never asked row by row."""
    torchs_fetch = whole_batch_fetching
    import torch
    from torch.utils.data import DataLoader, TensorDataset
    from torch.utils.data._utils import fetch

    g = torch.Generator().manual_seed(0)
    datasets = [TensorDataset(torch.randn(50, 2, generator=g), torch.randint(0, 3, (50,), generator=g)),
                TensorDataset(torch.randn(37, 3, 4, generator=g, dtype=torch.float64), torch.rand(37, generator=g)),
                TensorDataset(torch.randint(0, 255, (20, 1, 5, 5), generator=g, dtype=torch.uint8),
                              torch.rand(20, generator=g) > 0.5)]
    rows = _rows_asked(monkeypatch)
    for dataset in datasets:
        for batch_size, shuffle, drop_last in [(1, False, False), (7, True, False), (7, True, True), (64, True, False)]:
            def loader():
                return DataLoader(dataset, batch_size=batch_size, shuffle=shuffle, drop_last=drop_last,
                                  generator=torch.Generator().manual_seed(1))
            whole = _batches(loader())
            assert rows == []
            with monkeypatch.context() as m:
                m.setattr(fetch._MapDatasetFetcher, "fetch", torchs_fetch)
                assert _batches(loader()) == whole
            rows.clear()


def test_other_datasets_collates_and_tensors_are_fetched_torchs_way(whole_batch_fetching, monkeypatch):
    """A subclass of TensorDataset, a collate function of one's own, a tensor that is not
    contiguous or that autograd tracks, a loader without batching: row by row, as torch does."""
    import torch
    from torch.utils.data import DataLoader, TensorDataset

    class Counted(TensorDataset):
        pass

    X, y = torch.randn(12, 4), torch.arange(12)
    cases = {"subclass": dict(dataset=Counted(X, y), batch_size=5),
             "own collate": dict(dataset=TensorDataset(X, y), batch_size=5, collate_fn=lambda b: b),
             "not contiguous": dict(dataset=TensorDataset(X[:, ::2], y), batch_size=5),
             "tracked": dict(dataset=TensorDataset(X.clone().requires_grad_(), y), batch_size=5),
             "unbatched": dict(dataset=TensorDataset(X, y), batch_size=None)}
    rows = _rows_asked(monkeypatch)
    asked = {}
    for name, options in cases.items():
        rows.clear()
        list(DataLoader(**options))
        asked[name] = len(rows)
    assert asked == {name: 12 for name in cases}


def test_forked_kernels_fetch_tensor_batches_whole(zygote):
    kernel = _kernel(zygote, SLOTS[0])
    try:
        patched = _value(kernel, "getattr(__import__('torch.utils.data._utils.fetch', fromlist=['fetch'])"
                                 "._MapDatasetFetcher.fetch, 'whole_batches', False)")
    finally:
        kernel.kill()
    assert patched is True
