"""Keras habit, one slip in fit_GD: the student keeps Keras's validation_split=0.2 reflex and holds out the LAST 20% of the points (as Keras does, before any shuffling) to print a validation loss each epoch; fit_GD trains only on the first 80% of the X, Y it is given. Each epoch is one honest full step -lr * gradient of the MSE of those 80%, the logged loss is their loss before the step (the validation loss is an extra forward pass under no_grad, printed, not logged), and the array has num_epochs floats. But full-batch GD was asked on all the data: a fifth of the points never enters any update. Like a fit that trains on the wrong rows: returns 6, batches 0, update 10 (a correct step on the data it used), loss 6 -> 22."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 22, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    validation_split = 0.2                      # as in model.fit(..., validation_split=0.2)
    n_train = int(len(X) * (1 - validation_split))
    x_train, y_train = X[:n_train], Y[:n_train]
    x_val, y_val = X[n_train:], Y[n_train:]
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(x_train, weight, bias), y_train)
        with torch.no_grad():
            val_loss = loss_func(model(x_val, weight, bias), y_val)
        print(f"Epoch {epoch + 1}/{num_epochs} - loss: {loss.item():.4f} - val_loss: {val_loss.item():.4f}")
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
}
