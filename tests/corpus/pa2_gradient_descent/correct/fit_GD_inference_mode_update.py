"""fit_GD follows the PyTorch docs' advice that torch.inference_mode() is the faster replacement for torch.no_grad()
when nothing needs gradients, and makes its update (and zeroes the gradients) inside `with torch.inference_mode():`.
weight and bias are ordinary tensors created outside inference mode, and in-place changes of ordinary tensors are
allowed inside it: they stay ordinary leaves that require grad (they do not become inference tensors), so the next
epoch's forward pass and backward() work as with no_grad. The notebook asks that the update not be recorded by
autograd ('Update without recording'); inference mode records even less. Every update is -lr * the full-data
gradient, the gradients are zeroed after it, and loss.item() is logged before the step (README: updates are judged
from the parameters' history): full marks. (The corpus' fit_BGD_shuffle_under_inference_mode is the other side:
tensors CREATED in inference mode cannot be saved for backward; nothing is created here that autograd needs.)"""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        # inference_mode is no_grad's faster sibling (PyTorch docs): the update must not be recorded
        with torch.inference_mode():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
