"""fit_GD is written recursively: descend(weight, bias, epochs_left, history) computes the loss, gets the gradients with torch.autograd.grad, builds the next parameters as fresh leaves ((w - lr * g).detach().requires_grad_()) and calls itself with one epoch fewer and the loss appended to a tuple; np.array(..., dtype=float) of that tuple is returned. One full-data update per epoch, each -lr * gradient, loss logged before its update: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    def descend(weight, bias, epochs_left, history):
        """One epoch, then recurse on the updated parameters (fresh leaves each time)."""
        if epochs_left == 0:
            return history
        loss = loss_func(model(X, weight, bias), Y)
        grad_w, grad_b = torch.autograd.grad(loss, (weight, bias))
        new_weight = (weight - lr * grad_w).detach().requires_grad_(True)
        new_bias = (bias - lr * grad_b).detach().requires_grad_(True)
        return descend(new_weight, new_bias, epochs_left - 1, history + (loss.item(),))

    start = (torch.full((1,), 0.5, requires_grad=True), torch.full((1,), -0.5, requires_grad=True))
    return np.array(descend(*start, num_epochs, ()), dtype=float)
''',
}
