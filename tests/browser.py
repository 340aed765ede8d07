"""What the browser tests share: Debian's headless Chromium driven by Playwright (one for the
whole session), a loopback listener that records every request a page makes to it, a Jupyter
server started in a folder with settings of its own, and each step's screenshot and cost.

A test module that drives the browser loads this file as a plugin (``pytest_plugins =
["browser"]``), so that its session-scoped ``browser`` fixture is one Chromium for all modules
(PYTEST_DONT_REWRITE: the modules import it first, and it asserts nothing pytest should rewrite).

No sleeps: servers are waited on through their HTTP status, pages through their own state.
Screenshots go to ``$AUTOGRADER_ARTIFACTS`` (default ``out/test-artifacts``), one per step;
a failing step also leaves its page's console there, and ``jupyterlab-timings.json`` keeps
each step's wall time and CPU time (this process and every process under it).
"""

from __future__ import annotations

import http.server
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(os.environ.get("AUTOGRADER_ARTIFACTS", ROOT / "out" / "test-artifacts"))
TIMINGS = ARTIFACTS / "jupyterlab-timings.json"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                  "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage"]
#: JupyterLab features no test uses, off in every Lab started here: they fetch from the network
#: (news, the extension manager's PyPI search), ask every kernel about debugging, or keep the
#: page busy (code intelligence, the headings index, terminals).
DISABLED_LAB_PLUGINS = ["@jupyterlab/apputils-extension:announcements", "@jupyterlab/debugger-extension",
                        "@jupyterlab/extensionmanager-extension", "@jupyterlab/lsp-extension",
                        "@jupyterlab/terminal-extension", "@jupyterlab/toc-extension",
                        "@jupyter-notebook/lab-extension"]
#: Their server sides, and the terminals.
DISABLED_SERVER_EXTENSIONS = ["jupyter_lsp", "jupyter_server_terminals", "notebook"]


def chromium_path() -> str | None:
    """Debian's Chromium (``apt-get install chromium``), if installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def browser_available() -> bool:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return chromium_path() is not None


#: The marks of every browser test module (``pytestmark = BROWSER_MARKS``).
BROWSER_MARKS = [pytest.mark.browser, pytest.mark.slow,
                 pytest.mark.skipif(not browser_available(), reason="needs Debian's chromium and playwright")]


@contextmanager
def chromium() -> Iterator:
    """A fresh headless Chromium profile (a Playwright ``BrowserContext``), closed afterwards."""
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="agbrowser-")
    try:
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                user_data_dir=profile, executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS)
            try:
                yield context
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every browser test (Playwright's sync API allows one at a time);
    each test opens pages of its own."""
    with chromium() as context:
        yield context
        # Counted here: once closed, Chromium's processes are not all reaped where this can see.
        cpu, browser_cpu = cpu_seconds()
        record_timing("session: everything so far (pytest and all under it)", wall=time.monotonic() - _STARTED,
                      cpu=cpu, browser_cpu=browser_cpu)


# ------------------------------------------------------------------ what each step costs

_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
_STARTED = time.monotonic()  # as the test modules are collected
_timings: dict[str, dict[str, float]] = {}  # this run's, written out whole after every step


def cpu_seconds() -> tuple[float, float]:
    """CPU time (user and system) used so far by this process and every process under it
    (servers, kernels, Chromium, the grader), finished ones included once reaped, and
    Chromium's part of it: what the tests cost, apart from waiting on a busy machine."""
    total = browser = 0
    todo = [os.getpid()]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/stat") as handle:
                stat = handle.read()
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as handle:
                    todo.extend(int(child) for child in handle.read().split())
        except OSError:  # gone meanwhile
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # after the command, which may hold spaces
        ticks = sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
        total += ticks
        if stat[stat.index("(") + 1:].startswith(("chrom", "headless_shell")):
            browser += ticks
    return total / _CLOCK_TICKS, browser / _CLOCK_TICKS


def record_timing(name: str, *, wall: float, cpu: float, browser_cpu: float) -> None:
    """Keep one step's wall and CPU seconds (and Chromium's part) in the artifacts, this run's only."""
    _timings[name] = {"wall": round(wall, 2), "cpu": round(cpu, 2), "chromium_cpu": round(browser_cpu, 2)}
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    TIMINGS.write_text(json.dumps(_timings, indent=1, sort_keys=True))


@contextmanager
def timed(name: str) -> Iterator[None]:
    """Record the wall and CPU time of the block under ``name`` (also when it fails)."""
    wall, (cpu, browser_cpu) = time.monotonic(), cpu_seconds()
    try:
        yield
    finally:
        cpu_now, browser_now = cpu_seconds()
        record_timing(name, wall=time.monotonic() - wall, cpu=cpu_now - cpu, browser_cpu=browser_now - browser_cpu)


# ------------------------------------------------------------------ pages and their steps

def screenshot(page, name: str, *, full_page: bool = False) -> Path:
    """Keep a screenshot of this step as a CI artifact: what the viewport shows (JupyterLab
    fits in it), or the whole page (a long notebook or feedback page: ~2 s of CPU each)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / (re.sub(r"[^A-Za-z0-9_.-]+", "_", name) + ".png")
    page.screenshot(path=str(path), full_page=full_page)
    return path


def keep_console(page, name: str, lines: list[str]) -> Path:
    """Save what the page logged (kept when a test fails, next to its screenshot)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / (re.sub(r"[^A-Za-z0-9_.-]+", "_", name) + ".console.txt")
    path.write_text("\n".join(lines))
    return path


class Steps:
    """One flow's steps: each timed and kept as a numbered screenshot; a failing step also
    keeps the page's console."""

    def __init__(self, page, flow: str) -> None:
        self.page, self.flow, self.n = page, flow, 0
        self.console: list[str] = []
        page.on("console", lambda message: self.console.append(f"{message.type}: {message.text}"))
        page.on("pageerror", lambda error: self.console.append(f"pageerror: {error}"))

    def name(self, step: str) -> str:
        return f"{self.flow}-{self.n:02d}-{step}"

    @contextmanager
    def step(self, step: str):
        self.n += 1
        try:
            with timed(f"{self.flow}: {step}"):
                yield
        except BaseException:
            self._keep(f"{step}-FAILED", console=True)
            raise
        self._keep(step)

    def _keep(self, step: str, console: bool = False) -> None:
        try:
            screenshot(self.page, self.name(step))
        except Exception as error:  # the page may be gone: the console is what is left  # noqa: BLE001
            self.console.append(f"(no screenshot: {error})")
        if console:
            keep_console(self.page, self.name(step), self.console)


def new_page(browser, *, timeout_ms: int):
    """A page of the session's Chromium, sized for JupyterLab, with a default timeout."""
    page = browser.new_page()
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.set_default_timeout(timeout_ms)
    return page


def open_lab(page, base: str, token: str, *, timeout_ms: int) -> None:
    """Open JupyterLab and wait until it is restored (its state: ``window.jupyterapp``)."""
    page.goto(f"{base}/lab?token={token}")
    page.wait_for_function("() => !!window.jupyterapp", timeout=timeout_ms)
    page.evaluate("() => window.jupyterapp.restored.then(() => null)")


# ------------------------------------------------------------------ servers

class Listener:
    """An HTTP server on 127.0.0.1 that records the path of every request (a payload phoning home)."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _record(self) -> None:
                listener.requests.append(f"{self.command} {self.path}")
                self.send_response(204)
                self.end_headers()

            do_GET = do_POST = do_HEAD = do_OPTIONS = _record

            def log_message(self, *args) -> None:  # quiet
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Listener:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data))


def _quiet_settings(config: Path, *, disabled: list[str]) -> None:
    """A fresh server's config: unused server extensions and Lab plugins off, no news pop-up."""
    _write_json(config / "jupyter_server_config.json",
                {"ServerApp": {"jpserver_extensions": {name: False for name in disabled}}})
    _write_json(config / "labconfig" / "page_config.json",
                {"disabledExtensions": {name: True for name in DISABLED_LAB_PLUGINS}})
    _write_json(config / "lab" / "user-settings" / "@jupyterlab" / "apputils-extension"
                / "notification.jupyterlab-settings", {"fetchNews": "false", "checkForUpdates": False})


def _wait_until_up(proc: subprocess.Popen, status_url: str, *, timeout: float, log: str) -> None:
    """Poll the server's status until it answers (it may take long on a loaded machine)."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}: see {log}")
        try:
            with urllib.request.urlopen(status_url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server did not answer within {timeout:g} s: see {log}")
            time.sleep(0.1)


@contextmanager
def jupyter_server(root: Path, *, app: str = "server", disable: tuple[str, ...] = (),
                   timeout: float = 60.0) -> Iterator[tuple[str, str]]:
    """``jupyter server`` (or ``lab``) on a loopback port in ``root``: yields (base URL, token).

    Config, data, runtime, workspace and IPython folders are fresh for each server, so no
    state leaks between runs; ``disable`` names server extensions to leave off besides
    :data:`DISABLED_SERVER_EXTENSIONS`. The server's log is kept in the artifacts.
    """
    port, token = free_port(), secrets.token_hex(16)
    home = Path(tempfile.mkdtemp(prefix="agjupyter-"))
    _quiet_settings(home / "config", disabled=[*DISABLED_SERVER_EXTENSIONS, *disable])
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(home / "config"), JUPYTER_DATA_DIR=str(home / "data"),
               JUPYTER_RUNTIME_DIR=str(home / "runtime"), IPYTHONDIR=str(home / "ipython"),
               MPLCONFIGDIR=str(home / "mpl"))
    cmd = [sys.executable, "-m", "jupyter", app, "--no-browser", "--ip=127.0.0.1", f"--port={port}",
           "--port-retries=0", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}"]
    if os.geteuid() == 0:
        cmd.append("--allow-root")
    if app == "lab":
        cmd += [f"--LabApp.workspaces_dir={home / 'workspaces'}", "--LabApp.expose_app_in_browser=True"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log = open(ARTIFACTS / f"jupyter-{app}-{port}.log", "w")
    proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        with timed(f"start jupyter {app} in {root.name}"):
            _wait_until_up(proc, f"{base}/api/status?token={token}", timeout=timeout, log=log.name)
        yield base, token
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        shutil.rmtree(home, ignore_errors=True)


# ------------------------------------------------------------------ the course graded once

GRADED = "pa2_gradient_descent"  # the assignment of the course the instructor and XSS tests share
#: Who writes the course's submissions: one function per module (:func:`course_submissions`),
#: registered as the modules are imported, so all are known before the course is graded.
_COURSE_WRITERS: list[Callable[[Path, int], None]] = []


def course_submissions(writer: Callable[[Path, int], None]) -> Callable[[Path, int], None]:
    """Register ``writer(folder, listener_port)``, which writes one module's submissions of
    :data:`GRADED` into ``folder`` (a decorator). The submissions of every module that
    registers are graded in one run for the session (:func:`graded_course`); each module
    judges, and changes, only its own students."""
    _COURSE_WRITERS.append(writer)
    return writer


@dataclass
class GradedCourse:
    subs: Path  # the submissions, as handed in
    out: Path  # the nbgrader course ``grade`` wrote
    listener: Listener  # where a payload would phone home


@pytest.fixture(scope="session")
def graded_course(tmp_path_factory) -> Iterator[GradedCourse]:
    """Every registered module's submissions graded by the real command, once (a grading
    run and a server cost seconds of CPU each), with a listener for the payloads."""
    from conftest import run_grader

    folder = tmp_path_factory.mktemp("course")
    with Listener() as listener:
        for writer in _COURSE_WRITERS:
            writer(folder / "subs", listener.port)
        count = len(list((folder / "subs").iterdir()))
        with timed(f"course: grade run ({count} submissions)"):
            run_grader(folder / "subs", folder / "out", assignment=GRADED)
        yield GradedCourse(subs=folder / "subs", out=folder / "out", listener=listener)


@pytest.fixture(scope="session")
def course_lab(graded_course) -> Iterator[tuple[str, str]]:
    """JupyterLab, formgrader included, in the graded course: (base URL, token)."""
    with jupyter_server(graded_course.out, app="lab") as server:
        yield server
