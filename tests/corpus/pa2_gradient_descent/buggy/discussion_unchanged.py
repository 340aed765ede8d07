"""The discussion cell is left as the template placeholder, so it scores 0 instead of waiting for manual grading."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": 0}

ANSWERS = {
    "discussion": "YOUR ANSWER HERE",
}
