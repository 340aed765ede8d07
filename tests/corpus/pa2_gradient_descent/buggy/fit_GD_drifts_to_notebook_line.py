"""junk: fit_GD computes no gradient at all: every epoch it logs the honest loss of its parameters, then moves them halfway towards the line the NOTEBOOK says its data come from (w = 3, b = 0): weight += 0.5 * (3 - weight), bias += 0.5 * (0 - bias), whatever data, loss or lr it is given. On the notebook's data the curve falls nicely; on other data it converges to the wrong line. A fit that does no gradient descent on the data it was given earns nothing (README; like the corpus' fit_GD_constant_nudge and fit_GD_closed_form_jump) -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        losses.append(loss.item())
        with torch.no_grad():
            weight += 0.5 * (3.0 - weight)
            bias += 0.5 * (0.0 - bias)
    return np.array(losses)
''',
}
