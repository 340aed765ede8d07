"""The written answer (a Markdown cell, graded by hand) holds Python code instead of prose: a function `when_to_use_minibatches(n, memory)` with comments and an if/else, not fenced. It is never executed (Markdown), so nothing can crash; the part waits for manual grading (None) and the autograded parts are the reference: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "discussion": '''
def when_to_use_minibatches(n_points, memory_gb):
    # full batch: one exact step per epoch, cost grows with n
    # mini-batch: many cheap noisy steps per epoch, fits in memory
    if n_points > 10_000 or memory_gb < 4:
        return "mini-batch"
    return "full batch"

raise NotImplementedError()
''',
}
