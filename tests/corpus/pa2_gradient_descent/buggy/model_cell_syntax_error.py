"""The model cell has a SyntaxError (the colon at the end of the def line is missing: `def model(data, weight, bias)`), so the cell never runs and no model exists in the notebook; the locked run cells then fail with NameError. Every later part is the reference and is graded with the grader's own model and loss (fits) or the grader's losses (plots): only model loses -> model 0. The message should say the cell has a SyntaxError (or at least that model is not defined)."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias)
    """Linear model: predict weight * data + bias."""
    return weight * data + bias
''',
}
