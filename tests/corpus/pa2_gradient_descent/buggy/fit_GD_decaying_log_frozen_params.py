"""junk (property-matching: 'the loss goes down'): fit_GD computes the loss of the given model on all the data every epoch and even calls backward, but never changes weight or bias (the gradients are thrown away with grad = None); what it logs is loss.item() * 0.7 ** epoch, a decreasing sequence of the right length and dtype that starts at the true first loss. The parameters never move, so it does not train: a fit that never updates its parameters earns nothing, its well-formed, decreasing return value included -> fit_GD 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        weight.grad = None
        bias.grad = None
        losses.append(loss.item() * 0.7 ** epoch)
    return np.array(losses)
''',
}
