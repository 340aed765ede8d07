"""NumPy-first student, careful with dtypes: loss_func is F.mse_loss(y_pred, torch.as_tensor(y_true).to(y_pred)) (targets converted to the predictions' dtype and device with .to(tensor), no gradient needed there). fit_BGD cuts np.arange(n) with np.split(idx, np.arange(batch_size, n, batch_size)) (batches of batch_size, the last one partial), turns each index array into a tensor with torch.as_tensor, keeps the learning rate as a 0-d tensor of X's dtype (torch.as_tensor(lr, dtype=X.dtype, device=X.device)) and reports the EXACT epoch MSE, np.average(batch_losses, weights=batch sizes), which the notebook accepts. fit_GD casts the history with np.asarray(losses, dtype=np.float64). All correct: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    y_true = torch.as_tensor(y_true).to(y_pred)   # same dtype and device as the predictions
    return F.mse_loss(y_pred, y_true)
''',
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, dtype=X.dtype, device=X.device, requires_grad=True)
    bias = torch.rand(1, dtype=X.dtype, device=X.device, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
        losses.append(loss.item())
    return np.asarray(losses, dtype=np.float64)
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    n = len(X)
    index_batches = np.split(np.arange(n), np.arange(batch_size, n, batch_size))
    sizes = [len(ix) for ix in index_batches]
    step = torch.as_tensor(lr, dtype=X.dtype, device=X.device)
    weight = torch.rand(1, dtype=X.dtype, device=X.device, requires_grad=True)
    bias = torch.rand(1, dtype=X.dtype, device=X.device, requires_grad=True)
    history = []
    for _ in range(num_epochs):
        batch_losses = []
        for ix in index_batches:
            rows = torch.as_tensor(ix, device=X.device)
            loss = loss_func(model(X[rows], weight, bias), Y[rows])
            loss.backward()
            with torch.no_grad():
                weight -= step * weight.grad
                bias -= step * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        history.append(np.average(batch_losses, weights=sizes))   # the exact epoch MSE
    return np.asarray(history, dtype=np.float64)
''',
}
