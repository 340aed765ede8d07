"""NumPy-first student, one slip shared by two parts: the model cell defines a helper to_np(t) = t.detach().cpu().numpy() ('torch is just numpy with extra steps') and computes the model in NumPy, torch.from_numpy(to_np(weight) * to_np(data) + to_np(bias)); the loss cell reuses to_np and returns torch.tensor(np.mean((to_np(y_pred) - to_np(y_true)) ** 2)). Both give the right numbers (model: right values and shape (n, 1), recomputed from the current parameters at each call; loss: the MSE as a one-element tensor) but the round-trip through NumPy cuts autograd, so no gradient reaches weight, bias or the predictions. Each part loses its gradient criterion only (as the corpus' model_item_scalars: 8; loss value 6 + tensor 2 + gradient 0 = 8): model 8, loss_func 8. The fits are graded with the grader's own model and loss, the plots on its losses: full."""

EXPECTED = {"model": 8, "loss_func": 8, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def to_np(t):
    """Tensor -> NumPy array (I find NumPy easier to debug)."""
    return t.detach().cpu().numpy()


def model(data, weight, bias):
    return torch.from_numpy(to_np(weight) * to_np(data) + to_np(bias))
''',
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    return torch.tensor(np.mean((to_np(y_pred) - to_np(y_true)) ** 2))
''',
}
