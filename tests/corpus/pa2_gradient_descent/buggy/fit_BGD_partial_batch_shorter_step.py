"""fit_BGD scales each step by the batch's share of a full batch, lr * len(xb) / batch_size, so that a short last batch 'counts less'. Full batches step right; the partial last batch steps too little (30 points in batches of 7: the batch of 2 steps 2/7 of -lr * gradient). Batches (torch.split, every point once) and the logged mean of batch losses are right: returns 6, batches 8, update 0, loss 6 -> 20."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 20, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            share = len(xb) / batch_size           # a short last batch gets a shorter step
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                weight -= lr * share * weight.grad
                bias -= lr * share * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
