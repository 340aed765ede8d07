"""Slip that only shows on one size the spec allows: model works on plain vectors and turns the result back into a column,
(weight.squeeze() * data.squeeze() + bias.squeeze()).unsqueeze(-1). For n >= 2 rows this is (n, 1) and exactly
weight * data + bias. For a single row (data of shape (1, 1), which the docstring allows and which fit_BGD's last batch is
whenever n % batch_size == 1), squeeze() removes the row dimension too: the result is 0-d and unsqueeze(-1) makes it (1,),
not (1, 1). Values and gradients are right for every n; the shape is wrong for n = 1: values 6, shape 0, gradient 2 -> 8.
(A grader that only calls the model with 5 to 12 rows cannot see it.)"""

EXPECTED = {"model": 8, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    """Linear model: predict weight * data + bias (computed on vectors, returned as a column)."""
    return (weight.squeeze() * data.squeeze() + bias.squeeze()).unsqueeze(-1)
''',
}
