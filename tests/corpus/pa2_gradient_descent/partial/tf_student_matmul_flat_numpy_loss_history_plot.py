"""A weak student coming from TensorFlow, three slips in three parts.
(1) model: torch.matmul(data, weight) + bias, as tf.matmul(x, W) + b, with the (1,) weight: (n, 1) @ (1,) is a flat (n,) vector. Values right, gradients right, shape wrong: values 6, shape 0, gradients 2 -> 8.
(2) fit_GD: the TF eager habit losses.append(loss.numpy()). The loss still requires grad, so .numpy() raises RuntimeError ("Can't call numpy() on Tensor that requires grad") in the first epoch of every call: fit_GD never returns -> 0.
(3) plot_BGD: fit_BGD (otherwise the reference) also leaves a Keras-like global history = {'loss': [...]}, and plot_BGD draws history['loss'], not loss_BGD. The cell does not plot the variable it was asked to: the figure shows whatever the LAST call of fit_BGD stored. Even in the student's own run that is not loss_BGD, because the fit_BGD self-check (2 epochs) calls fit_BGD after run_BGD and overwrites history; and when the plot cell is re-run with other values in loss_BGD (as the notebook says the grader does) it still draws the stale history. It does not show loss_BGD: curve 0, labels and title not earned -> 0. fit_BGD itself trains right and returns the right array: 30.
loss_func and plot_GD are the reference."""

EXPECTED = {"model": 8, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    # Dense layer: tf.matmul(x, W) + b
    return torch.matmul(data, weight) + bias
''',
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        losses.append(loss.numpy())
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
    return np.array(losses)
''',
    "fit_BGD_answer": r'''
history = {"loss": []}


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    global history
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    history = {"loss": []}                      # like the History object model.fit returns
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
        history["loss"].append(sum(batch_losses) / len(batch_losses))
    return np.array(history["loss"])
''',
    "plot_BGD_answer": r'''
plt.plot(np.arange(1, len(history["loss"]) + 1), history["loss"], marker="o")
plt.title("Mini-batch gradient descent")
plt.ylabel("loss")
plt.xlabel("epoch")
plt.show()
''',
}
