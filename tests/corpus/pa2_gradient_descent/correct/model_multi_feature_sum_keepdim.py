"""model is written for d features, as in the lecture's multivariate regression: it casts the data to the weight's
dtype ('so integer data such as torch.arange work'), multiplies row-wise and sums over the feature axis WITH
keepdim=True, (data * weight).sum(dim=1, keepdim=True) + bias. For the spec's data of shape (n, 1) and weight of
shape (1,), the sum over one column is that column, so the result is exactly weight * data + bias of shape (n, 1)
-- also for a single row, (1, 1) (keepdim keeps the column; the README's shape criterion includes one row) -- and
the gradients are sum(data) and n. The cast is a no-op for the notebook's float32 data; the notebook says nothing
about other dtypes. Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    """Linear model for d features: one prediction per row, weight * data summed over the features, plus bias."""
    data = data.to(weight.dtype)                              # integer data work too
    return (data * weight).sum(dim=1, keepdim=True) + bias   # keepdim: a column (n, 1), not (n,)
''',
}
