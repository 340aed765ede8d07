"""Two slips. (1) fit_GD uses the optimizer line an assistant proposed 'for faster convergence',
torch.optim.SGD([weight, bias], lr=lr, momentum=0.9, nesterov=True): one full-data update per epoch, zero_grad /
backward / step in the right order, losses logged before each step, but the updates are Nesterov-momentum steps, not
-lr * gradient (not even the first one: Nesterov's first step is lr * (1 + 0.9) * gradient, 1.9 times too far,
which the self-check reports). returns 6, batches 8, update 0, loss 6 = 20. (2) plot_BGD draws loss_BGD one point
per epoch but labels the x axis 'Batch' (thinking of mini-batches), which is wrong: the points are epochs, not
batches -> curve 3, labels 0, title 1 = 4. Everything else is the reference."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 20, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 4, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=lr, momentum=0.9, nesterov=True)
    losses = []
    for epoch in range(num_epochs):
        optimizer.zero_grad()
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return np.array(losses)
''',
    "plot_BGD_answer": r'''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, "o-", color="tab:orange")
ax.set(xlabel="Batch", ylabel="Loss (MSE)", title="Mini-batch gradient descent")
plt.show()
''',
    "discussion": r'''
Mini-batches are better when there is a lot of data, because every step is cheap and an epoch makes many steps;
full batch gives exact gradients but is slow per epoch. Mini-batch gradients are noisy.
''',
}
