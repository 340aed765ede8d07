"""Kernel-side harness: this file's text is executed inside the student's kernel.

It is untrusted territory: the student's code runs in the same interpreter and may
tamper with anything defined here.  That only ever corrupts the student's own data,
because every verdict is computed outside the sandbox from what this harness reports.

The harness does four things, nothing more:

* at each ``plt.show()`` and at the end of every cell (``post_execute``, ahead of the hook
  ``%matplotlib inline`` adds), records each open matplotlib
  figure, and each figure the cell displayed, as data (so plot parts are judged from
  data, not pixels; described by the figure module the probes ship), shows it as a PNG
  (or, for ``--scores-only``, a line saying it was not drawn) and closes it: with the Agg
  backend the grader sets, this is what the inline backend does for the student;
* runs the assignment's probes (``setup_<part>`` / ``probe_<part>``) on the student's
  namespace, with autograd on;
* publishes each probe's result as JSON under :data:`PROBE_MIME`;
* turns autograd back on after a cell the grader interrupted.

The grader substitutes nothing into this text; the assignment's probe source is passed
to :func:`install` as a string.
"""

import json
import sys
import types

PROBE_MIME = "text/x-autograder-probe"
MAX_FIGURES = 8
MAX_RECORDS = 64
"""Figure records kept between two probes (``plt.show()`` in a loop records each time)."""
MAX_CELLS = 1024
"""Cells whose autograd setting is remembered for their replay."""


class Harness:
    """State of the harness inside one kernel."""

    def __init__(self, shell, probes, draw=True):
        self.shell = shell
        self.probes = probes
        self.draw = draw
        """Show the student's figures as PNGs (False: a line of text says each was not drawn)."""
        self.phase = "student"
        self.figures = []
        self.displayed = []
        """Figures shown by display() during the current cell (see :meth:`_display_figure`)."""
        self.describe = None
        """The figure describer the assignment's probes ship (``autograder.library.probe_figures``)."""
        self.grad_modes = {}
        """Cell source -> whether autograd was on as that cell started (see :meth:`_before_cell`)."""

    def _end_of_cell(self, *args):
        self._flush()

    def _before_cell(self, info=None):
        """A replayed answer cell starts with autograd as it was when that cell first ran (a cell
        that turned it off at its end would otherwise start its replay with it off)."""
        torch = sys.modules.get("torch")
        source = getattr(info, "raw_cell", None)
        if torch is None or not isinstance(source, str):
            return
        if self.phase == "replay":
            if source in self.grad_modes:
                torch.set_grad_enabled(self.grad_modes[source])
        elif len(self.grad_modes) < MAX_CELLS:
            self.grad_modes[source] = torch.is_grad_enabled()

    @staticmethod
    def _after_cell(result):
        """A cell the grader interrupted (its time was up) inside ``with torch.no_grad():`` may
        leave autograd off: the cells after it run with it on, as they would have."""
        torch = sys.modules.get("torch")
        if torch is not None and isinstance(getattr(result, "error_in_exec", None), KeyboardInterrupt):
            torch.set_grad_enabled(True)

    def _flush(self):
        """Record each open figure and each one display() showed, show it as a PNG, close it."""
        displayed, self.displayed = self.displayed, []
        pyplot = sys.modules.get("matplotlib.pyplot")
        try:
            figures = [pyplot.figure(n) for n in pyplot.get_fignums()[:MAX_FIGURES]] if pyplot else []
            shown = figures + [f for f in displayed if not any(f is g for g in figures)]
            if shown and self.describe is not None and len(self.figures) < MAX_RECORDS:
                self.figures.append({"phase": self.phase,
                                     "figures": [self.describe(f) for f in shown[:MAX_FIGURES]]})
            if self.phase == "student":  # replays are judged from data; no picture needed
                for figure in figures:
                    if self.draw:
                        _show_png(figure)
                    else:
                        _show_undrawn(figure)
        finally:
            if pyplot is not None:
                pyplot.close("all")

    def _display_figure(self, figure):
        """IPython's PNG formatter for a Figure shown with display() or as a cell's value (one
        made without pyplot has no other way out): it counts as a figure of this cell."""
        if not any(figure is f for f in self.displayed):
            self.displayed.append(figure)
        return _png(figure) if self.phase == "student" and self.draw else None

    def _publish(self, part, data):
        from IPython.display import publish_display_data
        text = json.dumps({"part": part, "data": data}, allow_nan=True, default=repr)
        publish_display_data({PROBE_MIME: text})

    def setup(self, part, inputs_json):
        """Prepare a replay of the answer cell of ``part`` (phase 'replay' until probed)."""
        self.phase = "replay"
        function = getattr(self.probes, "setup_" + part, None)
        if function is not None:
            with _autograd_on():
                function(self.shell.user_ns, json.loads(inputs_json))

    def probe(self, part, inputs_json):
        """Run the probe of ``part`` and publish its data."""
        figures, self.figures, self.phase = self.figures, [], "student"
        try:
            with _autograd_on():
                data = getattr(self.probes, "probe_" + part)(self.shell.user_ns, json.loads(inputs_json), figures)
        except Exception as error:  # report, never raise: the grader decides what it means
            data = {"error": f"{type(error).__name__}: {error}"[:500]}
        self._publish(part, data)


def _autograd_on():
    """The grader calls a part's functions with autograd on, as a fresh kernel has it, whatever
    an earlier cell left (``torch.set_grad_enabled(False)``); the cell's setting is back after."""
    import contextlib

    torch = sys.modules.get("torch")
    return torch.enable_grad() if torch is not None else contextlib.nullcontext()


def _png(figure):
    import io

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=72)  # not "tight": that draws the figure twice
    return buffer.getvalue()


def _show_png(figure):
    import base64

    from IPython.display import publish_display_data
    publish_display_data({"image/png": base64.b64encode(_png(figure)).decode("ascii"), "text/plain": "<Figure>"})


def _show_undrawn(figure):
    from IPython.display import publish_display_data
    text = f"<Figure: {len(figure.axes)} axes, judged from its data, not drawn (--scores-only)>"
    publish_display_data({"text/plain": text})


def install(probe_source, draw=True):
    """Create the harness in this kernel and hook it into IPython's cell events; ``draw``:
    show the student's figures as PNGs (see :attr:`Harness.draw`)."""
    shell = get_ipython()  # noqa: F821 - defined in every IPython kernel
    probes = types.ModuleType("assignment_probes")
    exec(compile(probe_source, "<assignment probes>", "exec"), probes.__dict__)
    harness = Harness(shell, probes, draw)
    # Figures are described as plot parts read them: by the library the probes ship (an
    # assignment without plot parts ships none, and its figures need no description).
    shipped = sys.modules.get("autograder.library.probe_figures")
    harness.describe = getattr(shipped, "describe_figure", None)
    if hasattr(shipped, "remember_legend_entries"):
        shipped.remember_legend_entries()
    if hasattr(shipped, "remember_drawing"):  # after the harness's own change to Legend
        shipped.remember_drawing()
    import matplotlib
    matplotlib.use("agg")  # figures stay open until the end of the cell; see _end_of_cell
    import matplotlib.pyplot
    def show(*args, **kwargs):  # a function, not a bound method: pyplot sets its __signature__
        """``plt.show()``: as the inline backend does, show every open figure now and close it
        (a cell may go on to ``plt.close(fig)`` or draw another figure after it)."""
        harness._flush()

    matplotlib.pyplot.show = show  # Agg cannot show: the harness shows, as the inline backend does
    from matplotlib.figure import Figure

    def own_the_figures(*args):
        """Before each cell: the harness shows figures, whatever backend a cell switched to
        (``%matplotlib inline`` puts its own PNG formatter in place of the harness's)."""
        shell.display_formatter.formatters["image/png"].for_type(Figure, harness._display_figure)

    own_the_figures()
    shell.events.register("pre_run_cell", own_the_figures)
    shell.events.register("pre_run_cell", harness._before_cell)
    # At the end of each cell, before any backend's own hook: ``%matplotlib inline`` registers
    # one on post_execute that shows and closes the open figures, which would leave none to record.
    shell.events.register("post_execute", harness._end_of_cell)
    shell.events.register("post_run_cell", harness._after_cell)
    return harness
