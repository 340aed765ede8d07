"""Three slips, including a stub. (1) model's def line renames its parameters, def model(data, w, b), but the body
still says weight * data + bias: when Part 1 runs no global weight or bias exists, so every call raises NameError
(later, after the gradient_check cell made global weight and bias, the notebook's own calls silently use those
globals): model 0, and the message should quote the NameError. (2) The plot_GD cell is still the template (raise
NotImplementedError()): plot_GD 0. (3) fit_BGD trains right (torch.split, last partial, one update per batch) but
takes the MEDIAN of the batch losses as the epoch loss, np.median(batch_losses): returns 6, batches 8, update 10,
loss 0 -> 24. loss_func, fit_GD and plot_BGD are the reference: the fits are judged with the grader's model (30 for
fit_GD), plot_BGD on the grader's values (5)."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 0, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, w, b):
    """Linear model: predict w * data + b."""
    return weight * data + bias
''',
    "plot_GD_answer": '''
# Plot the loss curve of full-batch gradient descent.
# YOUR CODE HERE
raise NotImplementedError()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
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
        losses.append(np.median(batch_losses))
    return np.array(losses)
''',
}
