"""Exit tricks that the kernel survives: the model cell calls sys.exit(0), the loss cell
raises SystemExit(3), the fit_GD cell raises KeyboardInterrupt, none of them defining its
function. IPython reports each as an error and carries on; the grader keeps running the
notebook and probing: model 0, loss_func 0, fit_GD 0; the other parts are the reference and
earn full marks (their probes use the grader's own model and loss, and the plot cells are
replayed with the grader's values)."""

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
import sys
sys.exit(0)
''',
    "loss_func_answer": '''
raise SystemExit(3)
''',
    "fit_GD_answer": '''
raise KeyboardInterrupt
''',
}
