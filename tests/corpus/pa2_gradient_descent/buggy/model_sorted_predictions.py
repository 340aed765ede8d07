"""junk (matches statistics: the mean, the norm and the gradient of the sum): model returns the predictions SORTED
in increasing order, torch.sort(weight * data + bias, dim=0).values. The set of values is right, so their mean,
their norm and sum(output) are those of the line, and the gradient of sum(output) with respect to weight and bias
is still sum(data) and n; but each row no longer holds ITS prediction (for unsorted data every point gets another
point's prediction). The values criterion is lost (6); the output has the shape of data (2) and gradients reach
weight and bias with the values sum(data) and n that the criterion asks for (2), which it honestly earns -> 4.
It is right on the notebook's own data, which is sorted (X = arange(-10, 10, 0.1)), with a positive weight, and it passes the
model self-check (sorted inputs, weight 2). (A gradient check on a weighted sum of the outputs would also see that d output_i /
d weight is not data_i.)"""

EXPECTED = {"model": 4, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    return torch.sort(weight * data + bias, dim=0).values
''',
}
