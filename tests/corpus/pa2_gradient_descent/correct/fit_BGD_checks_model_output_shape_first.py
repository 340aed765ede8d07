"""fit_BGD starts with defensive checks, as careful students (and library code) do: X and Y must have the same number of rows and batch_size must be positive (ValueError otherwise), and the given model is tried once on the first two rows at weight = bias = 0 (plain torch.zeros(1), no gradient involved) to fail early with a clear message if it does not return one prediction per row. The spec's model always passes. Then it is the reference: random leaves, torch.split batches (last one partial), one update per batch under no_grad, grads zeroed, epoch loss = mean of its batch losses. The trial call is an evaluation before training, not an update: full marks. (The notebook's own fit_BGD self-check passes it.)"""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Mini-batch gradient descent, with the inputs checked first."""
    if len(X) != len(Y):
        raise ValueError(f"X has {len(X)} rows but Y has {len(Y)}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be positive, got {batch_size}")
    # Fail early, with a clear message, if the model does not give one prediction per row.
    trial = model(X[:2], torch.zeros(1), torch.zeros(1))
    if tuple(trial.shape) != tuple(Y[:2].shape):
        raise ValueError(f"model returned shape {tuple(trial.shape)} for 2 rows, expected {tuple(Y[:2].shape)}")

    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
