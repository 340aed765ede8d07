"""Tampers with the grader's in-kernel harness object: ``__autograder__.probe`` and
``__autograder__.setup`` are replaced by functions that publish forged, full-mark-looking
data with the right MIME type (text/x-autograder-probe) and the right part name. The judge
compares against the grader's secret inputs outside the kernel: 0 everywhere."""

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 0, "plot_GD": 0, "fit_BGD": 0, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "model_answer": '''
{KERNEL_LIB}
__autograder__.setup = lambda part, inputs_json: None
__autograder__.probe = lambda part, inputs_json: _ag_send(part, _ag_fullmark(part))
''',
    "loss_func_answer": "pass",
    "fit_GD_answer": "pass",
    "plot_GD_answer": "pass",
    "fit_BGD_answer": "pass",
    "plot_BGD_answer": "pass",
}
