"""loss_func is written like a metric from an evaluation script: decorated with @torch.inference_mode() ('a loss
needs no graph of its own'), body torch.mean((y_pred - y_true) ** 2). The value is the MSE and it is a one-element
tensor, but it is created in inference mode: it does not require grad, so loss.backward() cannot reach the
predictions (and the inference tensor cannot even be used in a later autograd graph). The Part 2 self-check stops
at 'the loss is cut off from autograd'; in the notebook the fits (the reference) then raise on backward(). By the
spec ('so that loss.backward() works') the gradient criterion is lost, nothing else: value 6, tensor 2, gradient 0
-> 8. The fits are the reference and are judged with the grader's loss: 30 each; the plots on the grader's values."""

EXPECTED = {"model": 10, "loss_func": 8, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
@torch.inference_mode()
def loss_func(y_pred, y_true):
    """Mean squared error between predictions and targets."""
    return torch.mean((y_pred - y_true) ** 2)
''',
}
