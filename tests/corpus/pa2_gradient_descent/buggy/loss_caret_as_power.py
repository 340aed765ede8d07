"""R/MATLAB habit, one slip in loss_func: the square is written with a caret, torch.mean((y_pred - y_true)^2), as in R and MATLAB. In Python ^ is bitwise XOR, which PyTorch does not define for float tensors: every call raises ('"bitwise_xor_cpu" not implemented for \'Float\'', a NotImplementedError, so the notebook's own self-check even reports the loss as 'not written yet'). The loss never returns a value on any input: value 0, tensor 0, gradient 0 -> 0. The fits' self-checks use their own MSE, so only loss_func loses points."""

EXPECTED = {"model": 10, "loss_func": 0, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    # mean((y_pred - y_true)^2)
    return torch.mean((y_pred - y_true)^2)
''',
}
