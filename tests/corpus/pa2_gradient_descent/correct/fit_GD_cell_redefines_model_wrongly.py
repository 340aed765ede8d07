"""The Part 1 cell holds the right model. The fit_GD cell (Part 3) starts with a leftover experiment that REDEFINES model as a quadratic, `def model(data, weight, bias): return weight * data ** 2 + bias` ('trying a curve'), above a correct fit_GD. Each part is checked where its self-check stands: Part 1's self-check runs before the redefinition and passes; fit_GD is graded (and self-checked) with the model it is GIVEN, and it uses that argument. The notebook's own training run (run_GD) fits the quadratic, but no graded part measures loss_GD's values (the plots are replayed on other values). By the parts' own behaviour: full marks everywhere (a TA may comment on the stray redefinition)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
# trying a curve instead of a line
def model(data, weight, bias):
    return weight * data ** 2 + bias


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
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
