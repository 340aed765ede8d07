"""One student's kernel: started in the sandbox, fed cells, read with limits, killed.

This talks to ipykernel directly with jupyter_client (no nbclient), because grading
needs things a notebook runner does not give: IPC sockets bound into the sandbox, a
deadline per cell *and* per notebook, output capped while it streams in, and a kill of
the whole process tree that no student process can survive.
"""

from __future__ import annotations

import json
import os
import queue
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from typing import Callable, Optional

from autograder.results import CellRun
from autograder.execution.sandbox import SandboxSettings, kernel_environment, sandbox_command
from autograder.execution.availability import rootless

TRUNCATED = "\n[output truncated by the grader]\n"
WAITING_CPU_SHARE = 0.25
"""A cell using less of a core than this while silent is waiting (sleep, blocked read)."""
QUIET_POLL = 0.2
"""Seconds without a message from a running cell before the grader looks at the kernel."""
QUIET_POLLS = 3
"""Consecutive quiet polls before a cell counts as waiting: one or two may be the machine
descheduling a computing kernel (a virtual machine's stolen time, a burst of other work),
not the kernel waiting (two let a computing kernel lend its core once in five suite runs)."""


@dataclass(frozen=True)
class RunLimits:
    """Time and output limits of one notebook run."""

    cell_timeout: float = 60.0
    """Seconds one cell may run before it is interrupted."""
    notebook_timeout: float = 300.0
    """Seconds the whole notebook may take, startup included, before the kernel is killed."""
    startup_timeout: float = 60.0
    """Seconds the kernel may take to answer its first request."""
    max_cell_output: int = 64 * 1024
    """Bytes of output kept per cell; the rest is dropped (and said so)."""
    max_notebook_output: int = 1024 * 1024
    """Bytes of output kept for the whole notebook."""
    max_data_bytes: int = 8 * 1024 * 1024
    """Bytes of grader data (probe results) accepted per cell."""
    interrupt_grace: float = 5.0
    """Seconds an interrupted cell may take to stop before its kernel is declared dead."""
    figures: bool = True
    """Draw each figure a student's cell shows as a PNG among its outputs (False: figures are
    still recorded and judged from their data, not drawn: about a third of a kernel's CPU)."""
    every_cell: bool = False
    """Also run the cells after the last graded one (ungraded exercises, closing demos); by
    default they are not run, as nothing in them can change a score."""


class KernelDied(Exception):
    """The kernel process ended (crash, os._exit, resource limit, or killed)."""


@dataclass
class WaitDetector:
    """Reads a silent cell's CPU use, one poll at a time: is it waiting or computing?

    Waiting means under :data:`WAITING_CPU_SHARE` of a core for :data:`QUIET_POLLS`
    consecutive polls; one busy poll means computing again.  Pure (times and CPU readings
    are passed in), so that the policy is tested apart from a machine's scheduling.
    """

    waiting: bool = False
    _mark: Optional[tuple[float, float]] = None
    _quiet_polls: int = 0

    def restart(self) -> None:
        """A new cell, or a message from the cell: count quiet polls from zero."""
        self._mark, self._quiet_polls = None, 0

    def heard(self) -> None:
        """The cell sent a message: it is not waiting."""
        self._quiet_polls = 0

    def observe(self, now: float, cpu: float) -> Optional[bool]:
        """Record a poll at ``now`` with ``cpu`` seconds used; return the new state if it changed."""
        changed = None
        if self._mark is not None:
            since, used = self._mark
            quiet = cpu - used < WAITING_CPU_SHARE * (now - since)
            self._quiet_polls = self._quiet_polls + 1 if quiet else 0
            if (not quiet or self._quiet_polls >= QUIET_POLLS) and quiet != self.waiting:
                self.waiting = changed = quiet
        self._mark = (now, cpu)
        return changed


class Kernel:
    """A running kernel process and a client connected to it over IPC sockets."""

    def __init__(self, *, settings: SandboxSettings, limits: RunLimits, slot: int = 0,
                 font_cache: Optional[str] = None, scratch_root: Optional[str] = None,
                 zygote=None, on_wait: Optional[Callable[[bool], None]] = None):
        """Start a kernel: a cold one in its own sandbox, or one forked by ``zygote``."""
        # Here, not above: the grader imports this module for RunLimits before it starts
        # the zygote, and jupyter_client costs ~0.2 s of CPU.
        from jupyter_client.blocking import BlockingKernelClient
        from jupyter_client.connect import write_connection_file

        self.limits = limits
        self.on_wait = on_wait if zygote is not None else None  # cold kernels: CPU not measured
        """Told True when a running cell has been waiting (no output, under
        :data:`WAITING_CPU_SHARE` of a core) for :data:`QUIET_POLLS` poll intervals, False when
        it computes again."""
        self._wait = WaitDetector()
        self._home = None
        if zygote is not None:
            scratch_root = zygote.run_dir
        self.ipc_dir = tempfile.mkdtemp(prefix="k-", dir=scratch_root)
        os.chmod(self.ipc_dir, 0o700)
        if settings.enabled and not rootless():  # rootless, our uid is the kernel's (in its namespace)
            os.chown(self.ipc_dir, settings.uid_base + slot, settings.uid_base + slot)
        connection_file = os.path.join(self.ipc_dir, "kernel.json")
        write_connection_file(connection_file, transport="ipc", ip=os.path.join(self.ipc_dir, "s"),
                              key=secrets.token_hex(16).encode())
        os.chmod(connection_file, 0o644)
        if zygote is not None:
            self.process = zygote.fork_kernel(connection_file=connection_file, slot=slot)
        else:
            self.process = self._popen(settings, slot, connection_file, font_cache, scratch_root)
        self.client = BlockingKernelClient(connection_file=connection_file)
        self.client.load_connection_file()
        self.output_left = limits.max_notebook_output

    def _sockets_bound(self) -> bool:
        """True once the kernel has bound every IPC socket of its connection file."""
        c = self.client
        ports = (c.shell_port, c.iopub_port, c.stdin_port, c.control_port, c.hb_port)
        return all(os.path.exists(f"{c.ip}-{port}") for port in ports)

    def _popen(self, settings, slot, connection_file, font_cache, scratch_root) -> subprocess.Popen:
        kernel_cmd = [sys.executable, "-m", "ipykernel_launcher", "-f", connection_file,
                      "--HistoryManager.enabled=False"]
        cmd = sandbox_command(kernel_cmd, settings=settings, slot=slot, ipc_dir=self.ipc_dir,
                              font_cache=font_cache)
        env = None
        if not settings.enabled:
            self._home = tempfile.mkdtemp(prefix="autograder-home-", dir=scratch_root)
            env = kernel_environment(settings, self._home)
            if font_cache:  # as the sandbox binds it: matplotlib need not rebuild its font list
                os.makedirs(env["MPLCONFIGDIR"], exist_ok=True)
                shutil.copy(font_cache, env["MPLCONFIGDIR"])
        return subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True, env=env,
                                cwd=self._home)

    # ------------------------------------------------------------------ lifecycle

    def alive(self) -> bool:
        return self.process.poll() is None

    def wait_ready(self, timeout: float) -> None:
        """Block until the kernel answers kernel_info.

        Raises:
            KernelDied: if it exits or does not answer in time.
        """
        # Ready means IOPub is connected too (a subscriber joins late and misses what was
        # published before): wait for a status message that answers one of our requests,
        # instead of jupyter_client's fixed wait for silence.
        deadline = time.monotonic() + timeout
        # Connect only once the kernel listens: ZeroMQ retries an early connect only after
        # its 100 ms reconnect interval, which was most of a forked kernel's startup.
        while not self._sockets_bound():
            if not self.alive():
                raise KernelDied(f"the kernel exited during startup (status {self.process.returncode})")
            if time.monotonic() > deadline:
                raise KernelDied(f"the kernel did not start within {timeout:.0f} s")
            time.sleep(0.002)
        self.client.start_channels()
        sent: set[str] = set()
        while time.monotonic() < deadline:
            if not self.alive():
                raise KernelDied(f"the kernel exited during startup (status {self.process.returncode})")
            sent.add(self.client.kernel_info())
            poll_until = time.monotonic() + 0.05
            while time.monotonic() < poll_until:
                try:
                    msg = self.client.get_iopub_msg(timeout=0.05)
                except queue.Empty:
                    continue
                if msg["msg_type"] == "status" and msg["parent_header"].get("msg_id") in sent:
                    self._drain_shell()
                    return
        raise KernelDied(f"the kernel did not start within {timeout:.0f} s")

    def _drain_shell(self) -> None:
        while True:
            try:
                self.client.get_shell_msg(timeout=0.01)
            except queue.Empty:
                return

    def kill(self) -> None:
        """Kill the kernel and everything it started (the sandbox's pid namespace dies with it)."""
        try:
            self.client.stop_channels()
        finally:
            if isinstance(self.process, subprocess.Popen):
                try:
                    os.killpg(self.process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            else:
                self.process.kill()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
            shutil.rmtree(self.ipc_dir, ignore_errors=True)
            if self._home:
                shutil.rmtree(self._home, ignore_errors=True)

    def interrupt(self) -> None:
        msg = self.client.session.msg("interrupt_request", {})
        self.client.control_channel.send(msg)

    # ------------------------------------------------------------------ execution

    def _keep(self, run: CellRun, budget: list[int], output: dict, size: int) -> None:
        if size <= min(budget[0], self.output_left):
            budget[0] -= size
            self.output_left -= size
            if output["output_type"] == "stream" and run.outputs and run.outputs[-1].get("name") == output["name"] \
                    and run.outputs[-1]["output_type"] == "stream":
                run.outputs[-1]["text"] += output["text"]
            else:
                run.outputs.append(output)
        elif not run.outputs or run.outputs[-1].get("text") != TRUNCATED:
            run.outputs.append({"output_type": "stream", "name": "stdout", "text": TRUNCATED})

    def _quiet(self) -> None:
        """A poll interval passed without a message: is the cell waiting or computing?"""
        if self.on_wait is None:
            return
        cpu = self.process.cpu_seconds()
        if cpu is None:
            return
        changed = self._wait.observe(time.monotonic(), cpu)
        if changed is not None:
            self.on_wait(changed)

    def _heard(self) -> None:
        """The cell sent a message: it computes (or has ended), so it is not waiting."""
        self._wait.heard()
        if self.on_wait is not None and self._wait.waiting:
            self._wait.waiting = False
            self.on_wait(False)

    def execute(self, code: str, *, index: int, deadline: float,
                data_mimes: tuple[str, ...] = ()) -> tuple[CellRun, list[str]]:
        """Run ``code`` and collect its outputs, within the cell timeout and ``deadline``.

        Returns the cell's run record and the payloads published under ``data_mimes``
        (grader data, kept apart from the student-visible outputs and not capped by them).

        Raises:
            KernelDied: if the kernel is gone before the cell finished.
        """
        started = time.monotonic()
        run = CellRun(index=index)
        data: list[str] = []
        budget = [self.limits.max_cell_output]
        data_left = self.limits.max_data_bytes
        msg_id = self.client.execute(code, store_history=True, allow_stdin=False, stop_on_error=False)
        self._wait.restart()
        # Only the student's cells lend their core when they wait: the grader's own setup
        # (index < 0) may block on a cold disk for a moment, and is startup, not waiting.
        measured = index >= 0
        if measured:
            self._quiet()  # the CPU mark this cell's first quiet interval is measured from
        # index < 0: the grader's own code before the student's (attestation, harness), whose
        # time is startup time: a busy machine must not turn an honest submission into an error.
        limit, what = (self.limits.startup_timeout, "the grader's setup code") if index < 0 \
            else (self.limits.cell_timeout, "the cell")
        cell_deadline = min(deadline, started + limit)
        interrupted_at = None
        while True:
            now = time.monotonic()
            if now > cell_deadline and interrupted_at is None:
                interrupted_at = now
                run.error = f"TimeoutError: {what} ran longer than {limit:g} s" \
                    if cell_deadline < deadline else "TimeoutError: the notebook ran out of time"
                self.interrupt()
            if interrupted_at is not None and now > interrupted_at + self.limits.interrupt_grace:
                # The interrupt was ignored or swallowed: nothing more can run in this kernel.
                raise KernelDied(run.error or "the kernel stopped answering")
            if not self.alive():
                raise KernelDied(f"the kernel died while running this cell (status {self.process.returncode})")
            try:
                msg = self.client.get_iopub_msg(timeout=QUIET_POLL)
            except queue.Empty:
                if measured:
                    self._quiet()
                continue
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            self._heard()
            kind, content = msg["msg_type"], msg["content"]
            if kind == "status" and content.get("execution_state") == "idle":
                break
            if kind == "stream":
                text = str(content.get("text", ""))
                self._keep(run, budget, {"output_type": "stream", "name": content.get("name", "stdout"),
                                         "text": text}, len(text))
            elif kind in ("display_data", "execute_result"):
                # Keep only text payloads: anything else (nested structures) is the student's
                # way to make the grader's JSON or pickle choke.
                payload = {str(k)[:100]: v for k, v in (content.get("data") or {}).items()
                           if isinstance(v, str)}
                grader_data = [payload[m] for m in data_mimes if m in payload]
                if grader_data:
                    for item in grader_data:
                        if isinstance(item, str) and len(item) <= data_left:
                            data_left -= len(item)
                            data.append(item)
                    continue
                output = {"output_type": kind, "data": payload, "metadata": {}}
                if kind == "execute_result":
                    output["execution_count"] = content.get("execution_count")
                self._keep(run, budget, output, len(json.dumps(payload)))
            elif kind == "error":
                ename, evalue = str(content.get("ename", "Error")), str(content.get("evalue", ""))
                if interrupted_at is None or run.error is None:
                    run.error = f"{ename}: {evalue}"[:1000]
                traceback = [str(line)[:4000] for line in content.get("traceback", [])[-30:]]
                self._keep(run, budget, {"output_type": "error", "ename": ename[:200],
                                         "evalue": evalue[:2000], "traceback": traceback},
                           sum(map(len, traceback)) + len(evalue))
            elif kind == "clear_output":
                run.outputs = [o for o in run.outputs if o.get("text") == TRUNCATED]
        run.seconds = time.monotonic() - started
        return run, data
