"""The zygote server: runs INSIDE the outer sandbox, as ``python -c <this file> SOCKET [FONT_LIST]``.

Self-contained (standard library, then the preloaded packages) because the grader's own
package is not visible in the sandbox.  See :mod:`autograder.execution.zygote` for the design.
"""

import ctypes
import functools
import itertools
import json
import os
import signal
import socket
import sys

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x00020000, 0x04000000, 0x08000000
CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x10000000, 0x20000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT = 1, 2, 4, 8, 32
MS_BIND, MS_REC, MS_PRIVATE = 4096, 16384, 1 << 18
PR_SET_PDEATHSIG, PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS, PR_CAP_AMBIENT = 1, 24, 38, 47
PR_CAP_AMBIENT_CLEAR_ALL, CAPABILITY_VERSION_3 = 4, 0x20080522
MODULES_FILE = "kernel-modules.json"
PRELOADED_FILE = "preloaded"
NO_LATER_IMPORTS_FILE = "no-later-imports"
SHIPPED_FILE = "shipped-probe-modules.py"
STARTED = ""
"""In the learned list, between what a kernel imports as it starts and what it imports later."""
PRELOAD = ("numpy", "torch", "matplotlib", "matplotlib.pyplot", "IPython", "ipykernel.kernelapp",
           "ipykernel.ipkernel", "zmq", "jupyter_client.session")


def _libc():
    libc = ctypes.CDLL(None, use_errno=True)

    def check(result, name):
        if result != 0:
            err = ctypes.get_errno()
            raise OSError(err, f"{name}: {os.strerror(err)}")
    return libc, check


def _mount(libc, check, source, target, fstype, flags, data=None):
    check(libc.mount(source, target, fstype, ctypes.c_ulong(flags), data), f"mount {target!r}")


def _map_user(uid: int, outer_uid: int, outer_gid: int) -> None:
    """Rootless: in the new user namespace, ``uid`` (and its gid) is the only id, mapped onto
    ours (``outer_uid``, ``outer_gid``: our ids before the unshare, in the parent namespace)."""
    for name, text in (("setgroups", "deny"), ("uid_map", f"{uid} {outer_uid} 1"), ("gid_map", f"{uid} {outer_gid} 1")):
        with open(f"/proc/self/{name}", "w") as handle:
            handle.write(text)


def _drop_bounding_set(libc, check) -> None:
    """Empty the bounding set (needs CAP_SETPCAP: before any change of uid)."""
    with open("/proc/sys/kernel/cap_last_cap") as handle:
        last = int(handle.read())
    for cap in range(last + 1):
        check(libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0), f"drop capability {cap}")


def _clear_capabilities(libc, check) -> None:
    """Empty the ambient, effective, permitted and inheritable sets."""
    libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
    header = (ctypes.c_uint32 * 2)(CAPABILITY_VERSION_3, 0)
    data = (ctypes.c_uint32 * 6)()  # effective, permitted, inheritable, twice (64 bits): all zero
    check(libc.capset(header, data), "capset")


def _isolate_and_exec_kernel(request: dict) -> None:
    """In the forked child: build the inner sandbox, then become the kernel. Never returns."""
    import resource

    libc, check = _libc()
    # The zygote reaps its children from a SIGCHLD handler: the keeper and the kernel must
    # not, or they reap the children they wait for themselves (the kernel's `!command`,
    # subprocess, the keeper's waitpid) before those calls can.
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    uid, rootless = request["uid"], request.get("rootless", False)
    flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS
    outer_uid, outer_gid = os.getuid(), os.getgid()
    check(libc.unshare(flags | (CLONE_NEWUSER if rootless else 0)), "unshare")
    if rootless:
        _map_user(uid, outer_uid, outer_gid)
    _mount(libc, check, None, b"/", None, MS_REC | MS_PRIVATE)
    size = str(request["scratch_mb"] * 1024 * 1024).encode()
    run_dir, ipc_dir = request["run_dir"], request["ipc_dir"]
    targets = [request["home"], "/tmp", "/dev/shm", run_dir]
    # The run folder holds the zygote's socket and log and the other kernels' IPC folders:
    # the kernel gets an empty read-only folder there, with only its own IPC folder inside.
    # What the private mounts would hide that the kernel needs (its IPC folder, a Python
    # installed under /tmp): held open first, then bound back on top.
    keep = {path: os.open(path, os.O_PATH) for path in request["keep"] + [ipc_dir]
            if any(path == t or path.startswith(t + "/") for t in targets)}
    for target in targets:
        os.makedirs(target, exist_ok=True)
        options = b"mode=0755,size=65536" if target == run_dir else b"mode=1777,size=" + size
        _mount(libc, check, b"tmpfs", target.encode(), b"tmpfs", MS_NOSUID | MS_NODEV, options)
    for path, fd in keep.items():
        os.makedirs(path, exist_ok=True)
        _mount(libc, check, f"/proc/self/fd/{fd}".encode(), path.encode(), None, MS_BIND | MS_REC)
        os.close(fd)
    _mount(libc, check, None, run_dir.encode(), None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV)
    kernel_pid = os.fork()
    if kernel_pid:
        # The namespace's outside keeper: tell the grader which pid to kill, reap, exit with it.
        os.write(request["_reply_fd"], json.dumps({"pid": kernel_pid}).encode())
        os.close(request["_reply_fd"])
        _, status = os.waitpid(kernel_pid, 0)
        os._exit(os.waitstatus_to_exitcode(status) & 0xFF)
    # pid 1 of a fresh pid namespace from here on; only the keeper answers the zygote.
    os.close(request.pop("_reply_fd"))
    # A session and process group of its own: the zygote's group holds every kernel, and
    # killpg(0) reaches a group's members in any pid namespace; rootless, all share our uid.
    os.setsid()
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    _mount(libc, check, b"proc", b"/proc", b"proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    libc.sethostname(b"sandbox", 7)
    home = request["home"]
    os.makedirs(f"{home}/.matplotlib", exist_ok=True)
    if request.get("font_cache"):
        with open(request["font_cache"], "rb") as src, \
                open(f"{home}/.matplotlib/{os.path.basename(request['font_cache'])}", "wb") as dst:
            dst.write(src.read())
    mib = 1024 * 1024
    for limit, value in ((resource.RLIMIT_AS, request["memory_mb"] * mib),
                         (resource.RLIMIT_CPU, request["cpu_seconds"]),
                         (resource.RLIMIT_NPROC, request["max_processes"]),
                         (resource.RLIMIT_FSIZE, request["max_file_mb"] * mib),
                         (resource.RLIMIT_NOFILE, request["max_open_files"]),
                         (resource.RLIMIT_CORE, 0)):
        resource.setrlimit(limit, (value, value))
    _drop_bounding_set(libc, check)
    if not rootless:  # (rootless, uid is already the only uid of the namespace, and setgroups denied)
        os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)  # as root, this drops every capability; rootless, the next line does
    _clear_capabilities(libc, check)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)  # a change of uid clears it: re-arm
    check(libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")
    null = os.open("/dev/null", os.O_RDWR)
    for fd in (0, 1, 2):  # the zygote's log is shared: a kernel must not write or read it
        os.dup2(null, fd)
    os.closerange(3, request["max_open_files"])
    os.environ.clear()
    os.environ.update(request["env"])
    os.chdir(home)
    _reseed()
    from ipykernel.kernelapp import IPKernelApp

    app = IPKernelApp.instance()
    app.initialize(["-f", request["connection_file"], "--HistoryManager.enabled=False"])
    # ipykernel sleeps 0.5 ms before each reply, for clients that stop reading output at the
    # reply; the grader reads a request's output until its idle status, which comes after it.
    if isinstance(getattr(app.kernel, "_execute_sleep", None), float):
        app.kernel._execute_sleep = 0.0
    app.start()
    os._exit(0)


def _reseed() -> None:
    """Every child would otherwise inherit the zygote's random states."""
    import random

    import numpy as np
    import torch

    seed = int.from_bytes(os.urandom(8), "little")
    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)


# A kernel's first moments, rehearsed once: start, then run what course notebooks
# commonly do.  Whatever this imports lazily (DataLoader's workers, Adam's helpers, the
# PNG writer) is imported once in the zygote instead of per kernel.
REHEARSAL_CELL = """
import io
import matplotlib.pyplot as plt
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

x = torch.linspace(-1, 1, 8).view(-1, 1)
layer = nn.Linear(1, 1)
optimizer = torch.optim.SGD(layer.parameters(), lr=0.1)
for xb, yb in DataLoader(TensorDataset(x, 2 * x), batch_size=4, shuffle=True):
    optimizer.zero_grad()
    loss = nn.MSELoss()(layer(xb), yb) + F.mse_loss(layer(xb), yb)
    loss.backward()
    optimizer.step()
torch.optim.Adam(layer.parameters()).step()
plt.plot(np.arange(3), [1, 0, 1], marker="o"); plt.scatter([0], [1]); plt.title("t"); plt.xlabel("x")
plt.gcf().savefig(io.BytesIO(), format="png"); plt.close("all")
"""


# Drawn once by the zygote while it has nothing else to do, after its imports: what a
# kernel's first figure builds and then keeps (the mathtext parser, font lookups, log-scale
# and colorbar tick machinery) is built once and inherited by every kernel forked after it
# (~30 ms of CPU less per kernel for a notebook with such figures).  Matplotlib only:
# nothing here starts a thread or torch's thread pools, and no figure stays open.
WARM_FIGURE = r"""
import io
import matplotlib.pyplot as plt
import numpy as np

fig, axes = plt.subplots(1, 3, figsize=(9, 3))
axes[0].semilogy([1, 2, 3, 4], [4.0, 2.0, 1.0, 0.5], "o-", label=r"$L(\theta)$ train")
axes[0].plot([1, 2, 3, 4], [3.0, 2.5, 1.5, 0.7], "s--", label="validation")
axes[0].set_xlabel(r"epoch $t$")
axes[0].set_ylabel(r"loss $\mathcal{L}(w, b)$")
axes[0].legend()
axes[0].grid(True)
axes[1].contourf(*np.meshgrid(np.linspace(0, 1, 5), np.linspace(0, 1, 5)), np.eye(5), alpha=0.3)
axes[1].scatter([0.2, 0.8], [0.3, 0.7], c=[0, 1], cmap="coolwarm", edgecolors="k", marker="x")
axes[1].set_title(r"$\hat{y} = \sigma(Wx + b)$", fontweight="bold")
image = axes[2].imshow(np.eye(3), cmap="Blues")
fig.colorbar(image, ax=axes[2])
axes[2].bar([0, 1], [1, 2])
axes[2].set_xscale("log")
axes[2].text(0.5, 0.5, "text", fontsize=14)
fig.suptitle("figure")
fig.savefig(io.BytesIO(), format="png", dpi=72)
plt.close("all")
"""


REHEARSAL_ERROR = """
def rehearsal(x):
    assert x == 2, f"expected 2, got {x}"
rehearsal(1)
"""


def _warm_figures():
    """A generator step for :func:`serve`'s idle work: draw :data:`WARM_FIGURE` once."""
    try:
        exec(compile(WARM_FIGURE, "<zygote warm figure>", "exec"), {})
    except Exception as error:  # noqa: BLE001 - only slower: each kernel builds these itself
        print(f"zygote: the warm-up figure failed: {type(error).__name__}: {error}", file=sys.stderr)
    yield "warm figure"


def _without_debugger() -> None:
    """Grading kernels are never debugged: ipykernel's debugger support stays off.

    With it, every kernel imports debugpy's pydevd as it starts (~145 modules, 0.1 s before
    the zygote can serve its first kernel) and listens on a loopback port of its own network
    namespace.  ipykernel asks ``ipykernel.debugger._is_debugpy_available`` whenever it
    would use the debugger; this module, in that one's place before any kernel starts, says no.
    """
    import types

    module = sys.modules.get("ipykernel.debugger")
    if module is None:
        module = types.ModuleType("ipykernel.debugger", "ipykernel's debugger: off in grading kernels")
        # The kernel's debugger_class trait names this class; with the flag off, none is made.
        module.Debugger = type("Debugger", (), {"__module__": "ipykernel.debugger"})
        sys.modules["ipykernel.debugger"] = module
    module._is_debugpy_available = False


def _quick_cell_names() -> None:
    """Name each cell's code by a hash computed in C, not ipykernel's pure-Python murmur2.

    ipykernel names the code of every cell after a hash of its text (a file name under
    /tmp/ipykernel_<pid>, for tracebacks and the debugger's breakpoints).  Its murmur2 runs a
    Python loop over every byte: ~15 ms for the grader's harness cell alone, ~20 ms per
    kernel.  Only the name changes; distinct cells still get distinct names, and tracebacks
    still show each cell's own lines.
    """
    import hashlib

    try:
        import ipykernel.compiler as compiler
    except ImportError:
        return

    def blake2b_x86(data, seed):  # murmur2_x86's signature; the result only names a file
        digest = hashlib.blake2b(str.encode(data, "utf8"), digest_size=8, salt=seed.to_bytes(8, "little"))
        return int.from_bytes(digest.digest(), "little")

    compiler.murmur2_x86 = blake2b_x86


def _flush_only_what_was_written() -> None:
    """A kernel's stdout or stderr flushed with nothing written since its last flush returns at once.

    ipykernel flushes both streams before and after every request it runs; each flush is a
    round trip to its IOPub thread (two callbacks scheduled, then a wait), ~0.2 ms of CPU
    across the two threads even when there is nothing to send: most cells print nothing,
    and the grader's steps never do.  With nothing pending and every buffer empty the flush
    has nothing to send or to order (the messages after it, the cell's end included, go out
    through that same thread, in order); otherwise it runs as ipykernel wrote it.
    """
    try:
        from ipykernel.iostream import OutStream
    except ImportError:
        return
    flush = OutStream.flush
    if getattr(flush, "only_what_was_written", False):
        return

    def quick_flush(self):
        if not (getattr(self, "_flush_pending", True) or getattr(self, "_subprocess_flush_pending", True)):
            lock, buffers = getattr(self, "_buffer_lock", None), getattr(self, "_buffers", None)
            if lock is not None and isinstance(buffers, dict):
                with lock:
                    if not any(buffer.tell() for buffer in buffers.values()):
                        return None
        return flush(self)

    quick_flush.only_what_was_written = True
    OutStream.flush = quick_flush


PLAIN_CELL_SIGNS = ("!", "?", "%", "...", ">>>", "In [")
"""Text in a cell that some IPython input transformer acts on (magics, shell escapes, help,
pasted prompts): a cell holding any of them takes IPython's own way."""


@functools.lru_cache(maxsize=1)
def _default_transformers() -> tuple:
    """(name, IPython's default list) of each of a TransformerManager's three transformer lists,
    read once (a plain cell is only one whose shell still has these)."""
    from IPython.core.inputtransformer2 import TransformerManager

    defaults = TransformerManager()
    return tuple((name, list(getattr(defaults, name)))
                 for name in ("cleanup_transforms", "line_transforms", "token_transformers"))


def plain_cell(shell, raw_cell):
    """IPython's ``shell.transform_cell(raw_cell)`` for a plain multi-line Python cell, computed
    without IPython's pure-Python tokenizing; None for any other cell (the caller then runs
    IPython's transform).

    A cell is plain when it starts with no whitespace, holds none of :data:`PLAIN_CELL_SIGNS`,
    has no line starting with an escape IPython reads at a line's start (``,`` ``;`` ``/``),
    has more than one line (IPython prefilters a single line with the namespace in hand),
    parses as Python, and the shell's transformers are IPython's defaults.  For such a cell
    every transformer leaves the text as it is but for ``leading_indent``, whose ``dedent``
    empties the lines of only spaces and tabs: the result is that ``dedent`` of the text
    ending in a newline.  A cell that does not parse takes IPython's way, which reports
    some errors (an inconsistent dedent) as its tokenizer finds them.
    """
    import ast

    from IPython.core import inputtransformer2 as transformers

    if not isinstance(raw_cell, str) or not raw_cell or raw_cell[0].isspace():
        return None
    if any(sign in raw_cell for sign in PLAIN_CELL_SIGNS):
        return None
    text = raw_cell if raw_cell.endswith("\n") else raw_cell + "\n"
    lines = text.splitlines()
    if len(lines) < 2 or any(line.lstrip()[:1] in (",", ";", "/") for line in lines):
        return None
    manager = getattr(shell, "input_transformer_manager", None)
    if getattr(shell, "input_transformers_post", True) or any(
            list(getattr(manager, name, None) or ()) != default for name, default in _default_transformers()):
        return None
    try:
        compile(text, "<cell>", "exec", ast.PyCF_ONLY_AST | getattr(ast, "PyCF_ALLOW_TOP_LEVEL_AWAIT", 0))
    except (SyntaxError, ValueError, MemoryError):
        return None
    return transformers.dedent(text)


def _transform_each_cell_once() -> None:
    """IPython transforms a cell's text once at most, not twice, a plain cell's without
    tokenizing it, and a cell without ``await`` or ``async`` is not compiled just to learn
    that it needs no event loop.

    For every request ipykernel runs IPython's input transformers over the cell (tokenizing
    it in pure Python) to ask whether it needs a loop, compiling the result for that; then
    IPython's ``run_cell`` transforms the very same text again: ~40 ms per PA1 kernel, ~70 ms
    per PA2 kernel.  Here a transform asked right after another of the same text object
    returns that one's result (nothing runs in between: the text, the transformers and the
    namespace they read are as they were); a plain cell's result is computed directly
    (:func:`plain_cell`); and the question is answered False at once for a text in which
    neither word appears: only a top-level ``await``, ``async for`` or ``async with`` makes
    the code a coroutine, and each needs one of those words.
    """
    try:
        from IPython.core import interactiveshell
    except ImportError:
        return
    shell_class = interactiveshell.InteractiveShell
    transform = shell_class.transform_cell
    if getattr(transform, "once", False):
        return
    last = [None, None]  # (the text last transformed, its result), for the next call only

    def transform_once(self, raw_cell):
        text, result = last
        last[:] = [None, None]
        if text is raw_cell and result is not None:
            return result
        result = plain_cell(self, raw_cell)
        if result is None:
            result = transform(self, raw_cell)
        last[:] = [raw_cell, result]
        return result

    transform_once.once = True
    shell_class.transform_cell = transform_once
    _default_transformers()  # read here, once, for every kernel forked after
    should_be_async = interactiveshell._should_be_async

    def quick_should_be_async(cell):
        if isinstance(cell, str) and "await" not in cell and "async" not in cell:
            return False
        return should_be_async(cell)

    interactiveshell._should_be_async = quick_should_be_async


DYNAMO = "torch._dynamo"


def _fetch_tensor_batches_whole() -> None:
    """A ``DataLoader`` over a ``TensorDataset``, batching with its own sampler and the default
    collate, takes each batch's rows of every tensor at once instead of row by row.

    torch asks the dataset for each index of a batch (a tuple of one-row views each) and
    stacks the rows again: for PA3's spirals, nearly a third of its notebook's training cell
    (0.35 to 0.24 s of CPU).  Taking the rows at once gives the same tensors: the same values,
    dtype, shape and (contiguous) layout.  Anything else, a dataset of another class (a
    subclass too), another collate function, a batch that is not a list of ints, a tensor
    that is sparse, not contiguous or tracked by autograd, a loader's worker process, goes
    torch's way.
    """
    try:
        import torch
        from torch.utils.data import TensorDataset, get_worker_info
        from torch.utils.data._utils import fetch
        from torch.utils.data._utils.collate import default_collate
    except ImportError:
        return
    original = fetch._MapDatasetFetcher.fetch
    if getattr(original, "whole_batches", False):
        return

    def fetch_whole_batch(self, possibly_batched_index):
        index = possibly_batched_index
        if (self.auto_collation and type(self.dataset) is TensorDataset and self.collate_fn is default_collate
                and type(index) is list and index and all(type(i) is int for i in index)
                and all(t.layout is torch.strided and t.is_contiguous() and not t.requires_grad
                        for t in self.dataset.tensors)
                and get_worker_info() is None):
            return [tensor[index] for tensor in self.dataset.tensors]
        return original(self, possibly_batched_index)

    fetch_whole_batch.whole_batches = True
    fetch._MapDatasetFetcher.fetch = fetch_whole_batch


def _defer_torch_dynamo() -> None:
    """Stand in for ``torch._dynamo`` until something really needs it.

    torch's optimizers import it on their first use (~0.8 s of CPU: sympy, the inductor's
    configuration), and every ``step()`` imports it again, only to mark their own code as not
    to be compiled (``disable``) and to call ``graph_break()``, which does nothing outside
    compiled code.  Nothing can be compiling before the real module is imported, so the stand-in
    answers those two itself and imports the real module on any other use (``torch.compile``,
    a submodule, any other attribute), after which both pass everything on to it.
    """
    import contextlib
    import functools
    import importlib
    import importlib.util
    import types

    torch = sys.modules.get("torch")
    if torch is None or DYNAMO in sys.modules:
        return
    try:
        origin = importlib.util.find_spec(DYNAMO).origin
    except (ImportError, AttributeError, ValueError):
        return

    def real():
        module = sys.modules.get(DYNAMO)
        if module is stand_in or module is None:
            sys.modules.pop(DYNAMO, None)
            try:
                module = importlib.import_module(DYNAMO)
            except BaseException:
                sys.modules[DYNAMO] = stand_in
                raise
        return module

    def loaded() -> bool:
        return sys.modules.get(DYNAMO) not in (stand_in, None)

    def graph_break(*args, **kwargs):
        return real().graph_break(*args, **kwargs) if loaded() else None

    def disable(fn=None, recursive=True, **kwargs):
        if loaded():
            return real().disable(fn, recursive, **kwargs)
        if fn is None:
            return functools.partial(disable, recursive=recursive, **kwargs)
        wrapped = []

        @functools.wraps(fn)
        def deferred(*args, **kw):
            if not loaded():
                return fn(*args, **kw)
            if not wrapped:
                wrapped.append(real().disable(fn, recursive, **kwargs))
            return wrapped[0](*args, **kw)
        return deferred

    class StandIn(types.ModuleType):
        def __getattr__(self, name):
            return getattr(real(), name)

    class CompiledAutograd(types.ModuleType):
        """torch.func's transforms (grad, vjp, jacrev) leave compiled autograd off around each
        ``autograd.grad`` (``compiled_autograd._disable()``): never on before torch._dynamo is."""

        def _disable(self):
            return real_compiled_autograd()._disable() if loaded() else contextlib.nullcontext()

        def __getattr__(self, name):
            return getattr(real_compiled_autograd(), name)

    def real_compiled_autograd():
        real()
        return importlib.import_module(DYNAMO + ".compiled_autograd")

    stand_in = StandIn(DYNAMO, "torch._dynamo until it is really used (see the grader's zygote)")
    stand_in.__file__, stand_in.graph_break, stand_in.disable = origin, graph_break, disable
    stand_in.compiled_autograd = CompiledAutograd(DYNAMO + ".compiled_autograd")
    sys.modules[DYNAMO] = stand_in
    torch._dynamo = stand_in


def _rehearsed_modules(folder: str) -> list:
    """Modules a kernel imports while it starts, then :data:`STARTED` (an empty name), then
    those it imports running course code and showing a figure, each part in import order.

    Learned from a throwaway child that really starts one (the list differs between
    ipykernel, IPython and debugpy versions), so the zygote can import them once and every
    kernel it forks starts with them loaded (~0.25 s less per kernel for the first part).
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_end)
            null = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(null, fd)
            before = set(sys.modules)
            from ipykernel.kernelapp import IPKernelApp
            from jupyter_client.connect import write_connection_file

            os.makedirs(folder, exist_ok=True)
            connection, _ = write_connection_file(os.path.join(folder, "kernel.json"), transport="ipc",
                                                  ip=os.path.join(folder, "ipc"))
            app = IPKernelApp.instance()
            app.initialize(["-f", connection, "--HistoryManager.enabled=False"])
            started = [m for m in sys.modules if m not in before]
            app.shell.run_cell(REHEARSAL_CELL, store_history=False)
            # A cell that raises: what a traceback imports to show its lines (stack_data,
            # pygments: ~15 ms of the first failing cell of every kernel).
            app.shell.run_cell(REHEARSAL_ERROR, store_history=False)
            later = [m for m in sys.modules if m not in before and m not in set(started)]
            os.write(write_end, json.dumps(started + [STARTED] + later).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as reply:
        text = reply.read()
    os.waitpid(pid, 0)
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    try:
        return json.loads(text)
    except ValueError:
        return []


def _preload(run_dir: str) -> list:
    """Import what every kernel needs as it starts, before any fork (never start a thread
    here), and return the other modules kernels import, for :func:`serve` to import between
    requests.

    The learned list comes from ``run_dir/kernel-modules.json`` when the grader found one
    from an earlier run in this environment; otherwise from a rehearsal, written there for
    the grader to keep, and imported at once.
    """
    for name in PRELOAD:
        try:
            __import__(name)
        except ImportError:
            pass
    _without_debugger()
    _quick_cell_names()
    _flush_only_what_was_written()
    _transform_each_cell_once()
    _fetch_tensor_batches_whole()
    _defer_torch_dynamo()
    _build_shipped(run_dir)
    _reseed()  # the first seeding builds numpy's legacy generator (~5 ms): done here, not per kernel
    known = os.path.join(run_dir, MODULES_FILE)
    try:
        with open(known) as handle:
            names = [name for name in json.load(handle) if isinstance(name, str)]
    except (OSError, ValueError, TypeError):
        names = _rehearsed_modules(os.path.join(run_dir, "rehearsal"))
        with open(known, "w") as handle:
            json.dump(names, handle)
        for _ in _import_each(names):
            pass
        return []
    # What every kernel imports as it starts is on every kernel's way: imported now.
    cut = names.index(STARTED) if STARTED in names else 0
    for _ in _import_each(names[:cut]):
        pass
    return names[cut + 1:] if cut else names


def _build_shipped(run_dir: str) -> None:
    """Build the library's probe modules once, here, from the block the grader wrote to
    ``run_dir/SHIPPED_FILE`` (``autograder.library.ship.block()``, which each assignment's
    probes also carry): a kernel whose probes ship the same sources finds them built
    (~40 ms less per kernel); probes shipping other sources build their own."""
    try:
        with open(os.path.join(run_dir, SHIPPED_FILE)) as handle:
            text = handle.read()
    except OSError:
        return
    try:
        exec(compile(text, "<shipped probe modules>", "exec"), {"__name__": "_zygote_shipped"})
    except Exception as error:  # noqa: BLE001 - only slower: each kernel builds them itself
        print(f"zygote: the shipped probe modules failed to build: {type(error).__name__}: {error}", file=sys.stderr)


def _import_each(names: list):
    """Import ``names`` one at a time (a generator: the caller may serve in between)."""
    import importlib

    for _ in range(2):  # some only import once another has set up their path (debugpy's vendored pydevd)
        failed = []
        for name in names:
            if name and name not in sys.modules:
                try:
                    importlib.import_module(name)
                except Exception:  # noqa: BLE001 - an optional module: the kernel imports it itself
                    failed.append(name)
                yield name
        names = failed


def _settle() -> None:
    """After imports: keep their objects out of the children's collections (pages stay shared)."""
    import gc
    import threading

    if threading.active_count() > 1:
        print(f"zygote: a preloaded module started a thread: {threading.enumerate()}", file=sys.stderr)
    gc.freeze()


def _use_font_cache(path: str) -> None:
    """Give matplotlib the grader's font list before it is imported: without it,
    ``import matplotlib.pyplot`` scans every font on the system (fc-list and each file)."""
    folder = os.environ.get("MPLCONFIGDIR")
    if not folder:
        return
    try:
        os.makedirs(folder, exist_ok=True)
        with open(path, "rb") as src, open(os.path.join(folder, os.path.basename(path)), "wb") as dst:
            dst.write(src.read())
    except OSError as error:  # only slower: matplotlib builds its own list
        print(f"zygote: no font list ({error})", file=sys.stderr)


def serve(socket_path: str, font_cache: str = "") -> None:
    """The zygote's main loop, inside the outer sandbox.

    It listens once the modules every kernel needs are imported (torch, numpy, matplotlib,
    ipykernel: ~2 s); the rest of the learned list (what course code and a first figure
    import lazily) is imported one module at a time while no request waits, so
    that the first kernels need not wait for modules they may never use; last, in the same
    way, it draws :data:`WARM_FIGURE`.  The file
    :data:`PRELOADED_FILE` in the run folder says when all of that is done; the grader creates
    :data:`NO_LATER_IMPORTS_FILE` there when no kernel would be forked after them (a few
    submissions: each kernel imports what it uses itself, and no CPU goes to the rest).
    """
    import select

    os.environ["MPLBACKEND"] = "agg"
    if font_cache:
        _use_font_cache(font_cache)
    run_dir = os.path.dirname(socket_path)
    later = itertools.chain(_import_each(_preload(run_dir)), _warm_figures())
    _settle()
    signal.signal(signal.SIGCHLD, lambda *_: _reap())
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(socket_path + ".new")
    os.chmod(socket_path + ".new", 0o600)
    server.listen(64)
    os.rename(socket_path + ".new", socket_path)  # clients wait for this name: it appears listening
    skip = os.path.join(run_dir, NO_LATER_IMPORTS_FILE)
    while True:
        if later is not None and not select.select([server], [], [], 0)[0]:
            if os.path.exists(skip):  # a batch whose kernels all start at once: they would not use them
                later = None
                continue
            if next(later, None) is None:
                later = None
                open(os.path.join(run_dir, PRELOADED_FILE), "w").close()
            _settle()
            continue
        try:
            conn, _ = server.accept()
        except InterruptedError:
            continue
        with conn:
            try:
                request = json.loads(conn.makefile().readline())
            except (OSError, ValueError):
                continue  # a client that went away mid-request; the next one is served
            _fork_kernel(request, server, conn)


def _fork_kernel(request: dict, server: socket.socket, conn: socket.socket) -> None:
    """Fork a child that becomes the requested kernel; answer with its pid or the error."""
    read_end, write_end = os.pipe()
    if os.fork() == 0:
        server.close()
        conn.close()
        os.close(read_end)
        request["_reply_fd"] = write_end
        try:
            _isolate_and_exec_kernel(request)
        except BaseException as error:  # noqa: BLE001 - tell the grader why, whatever it was
            import traceback

            traceback.print_exc()  # into the zygote's log (the grader's, mode 0600)
            if "_reply_fd" in request:
                os.write(write_end, json.dumps({"error": f"the kernel could not be isolated: "
                                                f"{type(error).__name__}: {error}"[:500]}).encode())
        finally:
            os._exit(70)
    os.close(write_end)
    with os.fdopen(read_end) as reply:
        answer = reply.read() or json.dumps({"error": "the kernel could not be isolated"})
    try:
        conn.sendall(answer.encode() + b"\n")
    except OSError:  # its client went away: nobody will use or kill that kernel
        pid = json.loads(answer).get("pid")
        if isinstance(pid, int):
            os.kill(pid, signal.SIGKILL)


def _reap() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return



if __name__ == "__main__":
    serve(*sys.argv[1:3])
