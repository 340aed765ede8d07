"""junk (special-cases how it is probed): loss_func returns the MSE only when y_pred is a LEAF tensor, as every direct test builds it (the notebook's self-check passes t + 1.0 or (t + 0.5).requires_grad_(True); a grader's probe passes fresh tensors), and otherwise the mean ABSOLUTE error. In training the predictions are always the model's output, a non-leaf, so every fit that uses this loss_func descends the L1 loss, not the MSE: the notebook's loss_GD and loss_BGD are L1 curves. On every leaf input it is the exact MSE; on the inputs it is written for (predictions computed by the model) it is not. A loss that is the MSE only for the inputs a check would give earns nothing: loss_func 0 (a grader that also calls it with a prediction computed from a tensor that requires grad, e.g. leaf * 1.0, would see the L1 value). Graded on realistic predictions too (200 of them, computed rather than leaves), it is the L1 loss there: value and gradient lost; the scalar tensor it returns keeps its 2 points, as an honest L1 loss would (2)."""

EXPECTED = {"model": 10, "loss_func": 2, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    """Mean squared error between predictions and targets."""
    error = y_pred - y_true
    if y_pred.is_leaf:
        return torch.mean(error ** 2)
    return torch.mean(error.abs())
''',
}
