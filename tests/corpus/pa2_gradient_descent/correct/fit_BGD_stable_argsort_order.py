"""fit_BGD orders the points by x before batching, with a STABLE argsort (torch.argsort(X.reshape(-1),
stable=True)): the student read that the notebook's X is sorted and wanted the same local batches whatever order the
caller's data come in; equal x values (exact ties) keep their original order, so the order is a permutation of the
rows in every case. X and Y are indexed with the same permutation (a copy; the caller's tensors are untouched) and
cut with torch.split (last batch partial, kept). Every epoch uses every point once in batches of batch_size; one
update per batch with torch.optim.SGD (zero_grad before each backward); epoch loss = mean of the batch losses.
The notebook allows any order of the points: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Mini-batch gradient descent over the points ordered by x (stable for ties)."""
    order = torch.argsort(X.reshape(-1), stable=True)
    X_sorted, Y_sorted = X[order], Y[order]
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=lr)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X_sorted, batch_size), torch.split(Y_sorted, batch_size)):
            optimizer.zero_grad()
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            optimizer.step()
            batch_losses.append(loss.item())
        losses.append(np.mean(batch_losses))
    return np.array(losses)
''',
}
