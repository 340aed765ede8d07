"""Registers IPython events: a post_run_cell callback that, after the grader's probe cell has
run (and published the genuine data), publishes forged, full-mark-looking data for the same
part, so the forged report is the last one the grader receives; and a pre_run_cell callback
that deletes ``model``/``loss_func`` right before each probe. The judge compares against the
grader's secret inputs outside the kernel: 0 everywhere."""

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 0, "plot_GD": 0, "fit_BGD": 0, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "model_answer": '''
{KERNEL_LIB}


def _before(info):
    if _ag_probe_call(info.raw_cell):
        globals().pop("model", None)
        globals().pop("loss_func", None)


def _after(result):
    call = _ag_probe_call(result.info.raw_cell)
    if call is not None and call[0] == "probe":
        _ag_send(call[1], _ag_fullmark(call[1]))


get_ipython().events.register("pre_run_cell", _before)
get_ipython().events.register("post_run_cell", _after)
''',
    "loss_func_answer": "pass",
    "fit_GD_answer": "pass",
    "plot_GD_answer": "pass",
    "fit_BGD_answer": "pass",
    "plot_BGD_answer": "pass",
}
