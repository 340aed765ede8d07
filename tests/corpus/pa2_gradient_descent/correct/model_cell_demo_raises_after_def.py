"""The model cell defines the right model and then, at module level, tries it out on parameters it never created: `print(model(X[:3], w, b))` raises NameError ('w' is not defined) AFTER the def has run. The error is in the cell's demo line, not in the function: `model` exists and is correct (the notebook's self-check would pass, and the run cells use it fine). Full marks everywhere; the demo's error must not cost model (or anything else) points."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    """Linear model: predict weight * data + bias."""
    return weight * data + bias


# quick try-out
print(model(X[:3], w, b))
''',
}
