"""IPython's own ``exit()`` in the last answer cell (plot_BGD) instead of a plot: it asks the
kernel to shut down, which happens a moment later. Every part probed before keeps its
reference marks; plot_BGD gets 0 whether its probe finds the kernel gone or finds no figure."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": '''
exit()
''',
}
