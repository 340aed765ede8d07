"""Slip (integer dtype): fit_GD starts from zero with weight = torch.tensor([0], requires_grad=True): the literal 0 is
an int, so the tensor is int64, and PyTorch refuses: 'Only Tensors of floating point and complex dtype can require
gradients' (RuntimeError) on the very first line. (With 0.0, or torch.zeros(1), it would be the reference.) fit_GD
raises at every call, so nothing can be judged -> 0. The error message should name the cause (the integer tensor)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.tensor([0], requires_grad=True)   # start the line at w = 0, b = 0
    bias = torch.tensor([0], requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
