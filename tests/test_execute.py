"""Planning a run: student cells in order, probes at test cells, hidden tests never sent."""

import pytest

from autograder.assignment import load_assignment
from autograder.execution.execute import RunSpec, plan, run
from autograder.execution.kernel import RunLimits
from autograder.execution.sandbox import SandboxSettings
from conftest import ROOT, sandbox_available
from notebooks import ASSIGNMENTS, SOURCE, read, reference_answers, source_path, submission


@pytest.fixture(scope="module")
def assignment():
    return load_assignment(ROOT / "solutions", "pa2_gradient_descent")


def _inputs(assignment):
    import numpy as np
    return {p: c.make_inputs(np.random.default_rng(0)) for p, c in assignment.checks.items()}


def test_hidden_tests_and_test_code_never_reach_the_kernel(assignment):
    steps = plan(read(SOURCE), inputs=_inputs(assignment), replays=assignment.replays)
    sent = "\n".join(s.code for s in steps)
    assert "HIDDEN TESTS" not in sent and "verify(" not in sent and "Self-check" not in sent


def test_each_part_is_probed_once_right_after_its_own_cells(assignment):
    nb = read(SOURCE)
    steps = plan(nb, inputs=_inputs(assignment), replays=assignment.replays)
    probes = [s for s in steps if s.kind == "probe"]
    assert [s.part for s in probes] == ["model", "loss_func", "fit_GD", "plot_GD", "fit_BGD", "plot_BGD"]
    for probe in probes:
        assert nb.cells[probe.index].metadata["nbgrader"]["grade_id"] == probe.part


def test_plot_parts_replay_their_answer_between_setup_and_probe(assignment):
    nb = submission({"plot_GD_answer": "plt.plot(loss_GD); plt.title('mine')"})
    steps = plan(nb, inputs=_inputs(assignment), replays=assignment.replays)
    kinds = [(s.kind, s.part) for s in steps if s.part == "plot_GD"]
    assert kinds == [("setup", "plot_GD"), ("replay", "plot_GD"), ("probe", "plot_GD")]
    assert "title('mine')" in next(s.code for s in steps if s.kind == "replay" and s.part == "plot_GD")


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_only_code_cells_after_the_last_graded_cell_are_marked_as_the_ungraded_tail(name):
    """Every probe, replay and graded cell, and every cell before the last graded one (a
    demo figure a written answer discusses, say), is run; what follows is marked."""
    spec = load_assignment(ROOT / "solutions", name)
    nb = read(source_path(name))
    steps = plan(nb, inputs=_inputs(spec), replays=spec.replays)
    last_graded = max(i for i, cell in enumerate(nb.cells) if cell.metadata.get("nbgrader", {}).get("grade"))
    tail = [s.index for s in steps if s.ungraded_tail]
    assert tail == [s.index for s in steps if s.index > last_graded]
    assert all(s.kind == "cell" for s in steps if s.ungraded_tail)
    assert all(nb.cells[i].cell_type == "code" for i in tail)


@pytest.mark.slow
@pytest.mark.parametrize("every_cell", [False, True])
def test_an_exercise_after_the_last_graded_cell_runs_only_when_every_cell_is_asked(assignment, every_cell):
    nb = submission({"exercise_shuffle": "print('the exercise ran')"})
    exercise = next(i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("grade_id") == "exercise_shuffle")
    spec = RunSpec(steps=plan(nb, inputs=_inputs(assignment), replays=assignment.replays),
                   probe_source=assignment.probe_source)
    result = run(spec, settings=SandboxSettings(enabled=sandbox_available()),
                 limits=RunLimits(figures=False, every_cell=every_cell))
    printed = "".join(o.get("text", "") for c in result.cells if c.index == exercise for o in c.outputs)
    assert ("the exercise ran" in printed) is every_cell
    assert (exercise in result.not_run) is not every_cell
    assert sorted(result.probes) == sorted(assignment.checks)


@pytest.mark.slow
def test_running_the_solution_produces_data_for_every_part(assignment):
    inputs = _inputs(assignment)
    spec = RunSpec(steps=plan(read(SOURCE), inputs=inputs, replays=assignment.replays),
                   probe_source=assignment.probe_source, hidden_paths=[str(ROOT / "solutions")])
    result = run(spec, settings=SandboxSettings(enabled=sandbox_available()), limits=RunLimits())
    assert result.problems == []
    assert result.sandboxed == sandbox_available()
    assert sorted(result.probes) == sorted(assignment.checks)
    assert not any("error" in data for data in result.probes.values())


@pytest.mark.slow
def test_a_figure_made_without_pyplot_and_displayed_is_shown_and_judged(assignment):
    """A Figure built with matplotlib.figure.Figure and shown by display() (no pyplot state):
    its PNG is the cell's output, and the plot part's probe sees it in the replay."""
    answer = ("from matplotlib.figure import Figure\nfrom IPython.display import display\n"
              "fig = Figure()\nax = fig.add_subplot()\nax.plot(loss_GD)\nax.set_title('mine')\ndisplay(fig)")
    nb = submission({"plot_GD_answer": answer})
    spec = RunSpec(steps=plan(nb, inputs=_inputs(assignment), replays=assignment.replays),
                   probe_source=assignment.probe_source)
    result = run(spec, settings=SandboxSettings(enabled=sandbox_available()), limits=RunLimits())
    answer_at = next(i for i, c in enumerate(nb.cells) if c.get("metadata", {}).get("nbgrader", {})
                     .get("grade_id") == "plot_GD_answer")
    outputs = next(c.outputs for c in result.cells if c.index == answer_at)
    assert any("image/png" in o.get("data", {}) for o in outputs), outputs
    assert "mine" in str(result.probes["plot_GD"]), result.probes["plot_GD"]


@pytest.mark.slow
def test_a_replay_that_raises_hands_its_error_to_the_part(assignment):
    """A plot cell that works when the notebook runs it and fails when run again: the part's
    data names what the re-run raised."""
    answer = "if 'drawn' in globals():\n    raise AssertionError('another length')\ndrawn = True\nplt.plot(loss_GD)"
    nb = submission({"plot_GD_answer": answer})
    spec = RunSpec(steps=plan(nb, inputs=_inputs(assignment), replays=assignment.replays),
                   probe_source=assignment.probe_source)
    result = run(spec, settings=SandboxSettings(enabled=sandbox_available()), limits=RunLimits())
    assert result.probes["plot_GD"].get("replay_error") == "AssertionError: another length", result.probes["plot_GD"]
    assert "replay_error" not in result.probes["plot_BGD"]


@pytest.mark.slow
def test_after_matplotlib_inline_a_plot_cell_without_show_is_shown_once_and_judged(assignment):
    """``%matplotlib inline`` (in an earlier cell) adds its own end-of-cell hook, which shows and
    closes the open figures: the harness records them first, and the PNG is output once."""
    nb = submission({"model_answer": "%matplotlib inline\n" + reference_answers()["model_answer"],
                     "plot_GD_answer": "plt.plot(loss_GD)\nplt.title('after inline')\nplt.xlabel('epoch')"})
    spec = RunSpec(steps=plan(nb, inputs=_inputs(assignment), replays=assignment.replays),
                   probe_source=assignment.probe_source)
    result = run(spec, settings=SandboxSettings(enabled=sandbox_available()), limits=RunLimits())
    answer_at = next(i for i, c in enumerate(nb.cells) if c.get("metadata", {}).get("nbgrader", {})
                     .get("grade_id") == "plot_GD_answer")
    outputs = next(c.outputs for c in result.cells if c.index == answer_at)
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 1, outputs
    assert "after inline" in str(result.probes["plot_GD"]), result.probes["plot_GD"]


@pytest.mark.slow
def test_a_cell_that_resets_the_namespace_leaves_the_later_parts_probed(assignment):
    """``%reset -f`` (then the imports again) in an answer cell empties the notebook's namespace:
    the parts after it are still probed, and find the functions defined after the reset."""
    answers = reference_answers()
    again = "%reset -f\nimport numpy as np\nimport torch\nimport matplotlib.pyplot as plt\n"
    nb = submission({"loss_func_answer": again + answers["model_answer"] + "\n" + answers["loss_func_answer"]})
    spec = RunSpec(steps=plan(nb, inputs=_inputs(assignment), replays=assignment.replays),
                   probe_source=assignment.probe_source)
    result = run(spec, settings=SandboxSettings(enabled=sandbox_available()), limits=RunLimits())
    assert "error" not in str(result.probes["loss_func"])[:200], result.probes["loss_func"]
    assert set(result.probes) >= {"model", "loss_func"}, result.problems


@pytest.mark.slow
def test_a_figure_shown_then_closed_in_its_cell_is_shown_and_judged(assignment):
    """plt.show() shows and closes the open figures as the inline backend does, so a cell that
    then closes its figure (or draws another) loses nothing: both figures are output and seen."""
    answer = ("fig, ax = plt.subplots()\nax.plot(loss_GD)\nax.set_title('first')\nplt.show()\nplt.close(fig)\n"
              "plt.plot(loss_GD)\nplt.title('second')")
    nb = submission({"plot_GD_answer": answer})
    spec = RunSpec(steps=plan(nb, inputs=_inputs(assignment), replays=assignment.replays),
                   probe_source=assignment.probe_source)
    result = run(spec, settings=SandboxSettings(enabled=sandbox_available()), limits=RunLimits())
    answer_at = next(i for i, c in enumerate(nb.cells) if c.get("metadata", {}).get("nbgrader", {})
                     .get("grade_id") == "plot_GD_answer")
    outputs = next(c.outputs for c in result.cells if c.index == answer_at)
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 2, outputs
    # (the notebook's first plot, in its setup cell, picks matplotlib's backend: no cell fails)
    assert [(c.index, c.error) for c in result.cells if c.error] == []
    probed = str(result.probes["plot_GD"])
    assert "first" in probed and "second" in probed, probed


@pytest.mark.slow
def test_undrawn_figures_are_judged_from_the_same_data_and_said_to_be_undrawn(assignment):
    """RunLimits(figures=False) (``--scores-only``): no cell output holds a PNG, each figure a
    student's cell shows (by pyplot or by display()) is named in a line of text, and the plot
    parts' probes record exactly what they record when figures are drawn."""
    answer = ("from matplotlib.figure import Figure\nfrom IPython.display import display\n"
              "fig = Figure()\nax = fig.add_subplot()\nax.plot(loss_GD)\nax.set_title('mine')\ndisplay(fig)\n"
              "plt.plot(loss_GD)\nplt.show()")
    nb = submission({"plot_GD_answer": answer})
    spec = RunSpec(steps=plan(nb, inputs=_inputs(assignment), replays=assignment.replays),
                   probe_source=assignment.probe_source)
    settings = SandboxSettings(enabled=sandbox_available())
    drawn, undrawn = (run(spec, settings=settings, limits=RunLimits(figures=figures)) for figures in (True, False))
    answer_at = next(i for i, c in enumerate(nb.cells) if c.get("metadata", {}).get("nbgrader", {})
                     .get("grade_id") == "plot_GD_answer")

    def outputs(result, index=None):
        return [o for c in result.cells if index is None or c.index == index for o in c.outputs]

    assert sum("image/png" in o.get("data", {}) for o in outputs(drawn, answer_at)) == 2
    assert not any("image/png" in o.get("data", {}) for o in outputs(undrawn)), outputs(undrawn)
    texts = [o["data"].get("text/plain", "") for o in outputs(undrawn, answer_at) if "data" in o]
    assert sum("not drawn" in t for t in texts) == 1 and len(texts) == 2, texts  # (display()'s: the Figure's repr)
    assert [(c.index, c.error) for c in undrawn.cells if c.error] == []
    for part in ("plot_GD", "plot_BGD"):
        assert undrawn.probes[part] == drawn.probes[part], part
