"""The model cell keeps the template's `raise NotImplementedError()` ABOVE the student's definition (the student typed the function under the template line instead of replacing it): the cell raises before `def model` runs, so in a fresh kernel no model is ever defined (the notebook's self-check says 'model is not written yet'). The function text is right, but the notebook has no model: model 0. The fits are graded with the grader's own model and loss, and the plots with substituted losses, so only model loses points. The message should say model is not defined / the cell raises NotImplementedError."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
# YOUR CODE HERE
raise NotImplementedError()

def model(data, weight, bias):
    """Linear model: predict weight * data + bias."""
    return weight * data + bias
''',
}
