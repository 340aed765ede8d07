"""Figures drawn outside the plot cells: fit_BGD ends with a leftover debug figure of its own losses (plt.figure(); plt.plot(losses); plt.title('debug'); plt.show()), drawn at every call. The plot_GD cell defines a helper plot_losses(losses, title, color) that draws one curve per epoch with 'Epoch' / 'Loss (MSE)' labels and the given title, and the plot_BGD cell reuses it: plot_losses(loss_BGD, 'Mini-batch gradient descent', 'tab:orange'). Both plot cells show their variable with labels and a title; the debug figure is extra: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
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
        losses.append(sum(batch_losses) / len(batch_losses))
    # debug: look at the curve right away
    plt.figure(figsize=(4, 2.5))
    plt.plot(losses)
    plt.title("debug")
    plt.show()
    return np.array(losses)
''',
    "plot_GD_answer": '''
def plot_losses(losses, title, color="tab:blue"):
    """One point per epoch, labelled axes, a title."""
    epochs = np.arange(1, len(losses) + 1)
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(epochs, losses, "o-", color=color)
    ax.set_xlabel("Epoch")
    ax.set_ylabel("Loss (MSE)")
    ax.set_title(title)
    plt.show()


plot_losses(loss_GD, "Full-batch gradient descent")
''',
    "plot_BGD_answer": '''
plot_losses(loss_BGD, "Mini-batch gradient descent", "tab:orange")
''',
}
