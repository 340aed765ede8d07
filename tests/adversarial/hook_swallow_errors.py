"""Makes errors disappear, the classic way past nbgrader's rule that a test cell without an
error output earns full points: a custom exception handler (set_custom_exc) swallows every
exception of every later cell, and the shell's showtraceback is replaced by a no-op. No
function is implemented. Stock nbgrader sees test cells without errors: 100/100. Here no
verdict comes from cell outputs; the probes report that nothing is defined: 0 everywhere."""

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 0, "plot_GD": 0, "fit_BGD": 0, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "model_answer": '''
_shell = get_ipython()
_shell.set_custom_exc((BaseException,), lambda shell, etype, evalue, tb, tb_offset=None: None)
_shell.showtraceback = lambda *args, **kwargs: None
_shell.showsyntaxerror = lambda *args, **kwargs: None
''',
    "loss_func_answer": "pass",
    "fit_GD_answer": "pass",
    "plot_GD_answer": "pass",
    "fit_BGD_answer": "pass",
    "plot_BGD_answer": "pass",
}
