"""ONE slip in fit_GD (autograd: a scaled initialisation is not a leaf): the student wants a small random start and
writes weight = 0.01 * torch.randn(1, requires_grad=True). The product is the OUTPUT of an operation, a non-leaf
tensor: backward() runs, but PyTorch only fills .grad of leaves (it warns 'The .grad attribute of a Tensor that is
not a leaf Tensor is being accessed'), so weight.grad is None and `lr * weight.grad` raises TypeError at the first
update of every call (the bias, torch.zeros(1, requires_grad=True), is a proper leaf). The fix is
(0.01 * torch.randn(1)).requires_grad_(). fit_GD never returns: a function that raises scores 0 -> 0 (cf. the
corpus' fit_GD_jax_functional_rebind, which becomes non-leaf only after its first update)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = 0.01 * torch.randn(1, requires_grad=True)   # small random start
    bias = torch.zeros(1, requires_grad=True)
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
