"""loss_func sees the MSE as geometry: the squared euclidean distance between the prediction vector and the target
vector, divided by their length. Both columns are reshaped to one row (1, n) and torch.cdist(a, b) gives the (1, 1)
distance matrix (one row each, so cdist computes the distance directly, not through the matrix-product shortcut it
uses for many rows); its square over n is returned as a 0-d tensor. Value = mean((y_pred - y_true)**2) up to a
rounding or two (sqrt then square), gradient 2 (y_pred - y_true) / n (cdist's backward is 0 where the distance is 0,
so a perfect prediction has gradient 0, not NaN). Works for any n, including 1, and for computed predictions:
full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    """Mean squared error as a squared distance: ||y_pred - y_true||^2 / n."""
    a = y_pred.reshape(1, -1)
    b = y_true.reshape(1, -1)
    n = a.shape[1]
    return torch.cdist(a, b, p=2.0).pow(2).reshape(()) / n
''',
}
