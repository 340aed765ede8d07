"""Slip (calculus): fit_GD does not use autograd; it computes the two derivatives from the residual by hand, grad_w = mean(r * x), grad_b = mean(r), forgetting the factor 2 of the derivative of the square (the notebook's formula is (2/n) sum r x). The parameters are plain tensors updated as w - lr * grad_w; the loss of the given model is computed and logged before each step. Every step is exactly HALF of -lr * gradient: returns 6, batches 8, update 0, loss 6 -> 20 (like the corpus' fit_GD_gradient_divided_by_n). The message should point at the gradient (the step is 0.5 times a gradient step: a factor 2 missing), not tell the student to 'use the lr argument', which it does."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1)
    bias = torch.rand(1)
    losses = []
    for _ in range(num_epochs):
        pred = model(X, weight, bias)
        loss = loss_func(pred, Y)
        residual = (pred - Y).detach()
        grad_w = torch.mean(residual * X)       # dL/dw
        grad_b = torch.mean(residual)           # dL/db
        weight = weight - lr * grad_w
        bias = bias - lr * grad_b
        losses.append(loss.item())
    return np.array(losses)
''',
}
