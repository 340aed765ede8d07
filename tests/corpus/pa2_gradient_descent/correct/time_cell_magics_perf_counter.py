"""Timing habits: the fit_GD, fit_BGD and plot_BGD answer cells start with the cell magic `%%time` on their first line; inside both fits time.perf_counter() measures every epoch and the elapsed time is printed with the loss (fit_BGD also imports time at the top of its cell). The magic only times the cell (the definitions still land in the notebook's namespace) and the prints change nothing: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
%%time
import time


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    start = time.perf_counter()
    for epoch in range(num_epochs):
        tic = time.perf_counter()
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
        print(f"epoch {epoch:3d}  loss {losses[-1]:.5f}  ({1e3 * (time.perf_counter() - tic):.2f} ms)")
    print(f"fit_GD: {num_epochs} epochs in {time.perf_counter() - start:.3f} s")
    return np.array(losses)
''',
    "fit_BGD_answer": '''
%%time
import time


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = []
    t0 = time.perf_counter()
    for epoch in range(num_epochs):
        batch_losses = []
        for xb, yb in zip(X.split(batch_size), Y.split(batch_size)):
            loss = loss_func(model(xb, weight, bias), yb)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
                weight.grad.zero_()
                bias.grad.zero_()
            batch_losses.append(loss.item())
        history.append(np.mean(batch_losses))
        print(f"epoch {epoch}: {history[-1]:.4f} after {time.perf_counter() - t0:.3f} s")
    return np.array(history)
''',
    "plot_BGD_answer": '''
%%time
plt.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, "o-", color="tab:orange")
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss (MSE)")
plt.title("Mini-batch gradient descent")
plt.show()
''',
}
