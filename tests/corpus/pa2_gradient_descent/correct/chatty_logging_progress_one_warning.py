"""Chatty but right: the fit_GD cell sets up a `logging` logger that writes to stdout, and both fits log progress
every max(1, num_epochs // 5) epochs (epoch number, loss, current weight and bias read with .item()); fit_BGD also
calls warnings.warn ONCE per call when batch_size does not divide n ('the last batch has only r points') and then
trains on that short batch as it must. The progress output reads the parameters without changing them, and the
warning changes nothing. Training is the reference's (fit_GD: one full-data step per epoch; fit_BGD: torch.split
batches, one update per batch, gradients zeroed, epoch loss the mean of the batch losses taken before each update).
The plots print a one-line summary before drawing. Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
import logging
import sys
import warnings

log = logging.getLogger("pa2")
if not log.handlers:
    _handler = logging.StreamHandler(sys.stdout)
    _handler.setFormatter(logging.Formatter("[%(name)s] %(message)s"))
    log.addHandler(_handler)
log.setLevel(logging.INFO)
log.propagate = False


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    every = max(1, num_epochs // 5)
    log.info("fit_GD: %d points, lr=%g, %d epochs", len(X), lr, num_epochs)
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
        if epoch % every == 0 or epoch == num_epochs - 1:
            log.info("  epoch %3d  loss %.5f  w %.4f  b %.4f", epoch + 1, losses[-1], weight.item(), bias.item())
    return np.array(losses)
''',
    "plot_GD_answer": '''
print(f"plotting {len(loss_GD)} epochs, first loss {loss_GD[0]:.3f}, last {loss_GD[-1]:.3f}")
plt.plot(np.arange(1, len(loss_GD) + 1), loss_GD, marker="o")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = len(X)
    if n % batch_size:
        warnings.warn(f"batch_size={batch_size} does not divide n={n}: the last batch has only "
                      f"{n % batch_size} points", stacklevel=2)
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    every = max(1, num_epochs // 5)
    log.info("fit_BGD: %d points in batches of %d, lr=%g, %d epochs", n, batch_size, lr, num_epochs)
    losses = []
    for epoch in range(num_epochs):
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
        if epoch % every == 0 or epoch == num_epochs - 1:
            log.info("  epoch %3d  %d batches  mean batch loss %.5f  w %.4f  b %.4f",
                     epoch + 1, len(batch_losses), losses[-1], weight.item(), bias.item())
    return np.array(losses)
''',
    "plot_BGD_answer": '''
print(f"plotting {len(loss_BGD)} epochs of mini-batch losses, last {loss_BGD[-1]:.3f}")
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, marker="s", color="tab:orange")
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss (MSE)")
ax.set_title("Mini-batch gradient descent")
plt.show()
''',
}
