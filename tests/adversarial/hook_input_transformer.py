"""Registers an IPython input transformer (input_transformers_post) that rewrites every later
cell before it runs: when the grader sends its probe call, the code that actually runs
publishes forged, full-mark-looking data with the grader's MIME type instead. The judge
compares against the grader's secret inputs outside the kernel: 0 everywhere."""

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 0, "plot_GD": 0, "fit_BGD": 0, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "model_answer": '''
{KERNEL_LIB}


def _rewrite(lines):
    call = _ag_probe_call("".join(lines))
    if call is None:
        return lines
    kind, part, inputs = call
    if kind == "setup":
        return ["pass\\n"]
    return [f"_ag_send({part!r}, _ag_fullmark({part!r}))\\n"]


get_ipython().input_transformers_post.append(_rewrite)
''',
    "loss_func_answer": "pass",
    "fit_GD_answer": "pass",
    "plot_GD_answer": "pass",
    "fit_BGD_answer": "pass",
    "plot_BGD_answer": "pass",
}
