"""fit_BGD turns the data into a Python list of (x_i, y_i) pairs, slices that list into batches (last one partial) and rebuilds each batch with torch.stack; the epoch's batch losses are accumulated in a 0-d TENSOR (total = total + loss.detach()) and turned into a float with (total / count).item() into a pre-allocated np.zeros; zero init, updates and grad.zero_() inside no_grad. plot_BGD draws markers only (linestyle 'none', hollow markers: markerfacecolor 'none'), labelled and titled. Fully correct: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    pairs = list(zip(X, Y))                      # [(x_i, y_i), ...], each of shape (1,)
    history = np.zeros(num_epochs)
    for epoch in range(num_epochs):
        total = torch.tensor(0.0)
        count = 0
        for start in range(0, len(pairs), batch_size):
            chunk = pairs[start:start + batch_size]
            xb = torch.stack([x for x, _ in chunk])   # (b, 1)
            yb = torch.stack([y for _, y in chunk])
            loss = loss_func(model(xb, weight, bias), yb)
            total = total + loss.detach()
            count += 1
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
                weight.grad.zero_()
                bias.grad.zero_()
        history[epoch] = (total / count).item()
    return history
''',
    "plot_BGD_answer": r'''
epochs = np.arange(1, len(loss_BGD) + 1)
plt.figure(figsize=(6, 4))
plt.plot(epochs, loss_BGD, linestyle="none", marker="o", markersize=7,
         markerfacecolor="none", markeredgecolor="tab:purple")
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss (MSE)")
plt.title("Mini-batch gradient descent, one marker per epoch")
plt.show()
''',
}
