"""The written answer cell was emptied (the placeholder deleted, nothing written). It is no longer the template text, so by the README's rule (0 only when the template is left unchanged) it waits for manual grading (None): the TA gives the 0. The autograded parts are the reference: full marks, and nothing crashes on an empty Markdown cell."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "discussion": "",
}
