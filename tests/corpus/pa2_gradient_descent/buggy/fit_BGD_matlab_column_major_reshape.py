"""MATLAB habit, one slip in fit_BGD (reshape vs transpose): the batch losses of all epochs are appended to ONE flat list (epoch after epoch), and at the end the student writes what would be right in MATLAB, J = reshape(J, K, num_epochs); mean(J, 1) (column-major: one column per epoch), as np.array(all_losses).reshape(K, num_epochs).mean(axis=0). NumPy reshapes row-major, so column e is not epoch e's batches but the strided entries e, e + num_epochs, e + 2 num_epochs, ... mixing batches of different epochs (reshape(num_epochs, K).mean(axis=1) or order='F' was needed). The shape is right, (num_epochs,), and in the notebook's own run K = 20 = num_epochs, so nothing looks odd; training is exactly the reference (torch.split batches, one update per batch). Only the logged epoch losses are wrong: returns 6, batches 8, update 10, loss 0 -> 24."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    J = []                                   # every batch loss, epoch after epoch
    K = 0
    for epoch in range(num_epochs):
        K = 0
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            J.append(loss.item())
            K += 1
    # MATLAB: J = reshape(J, K, num_epochs); mean(J, 1)  -> one column per epoch
    return np.array(J).reshape(K, num_epochs).mean(axis=0)
''',
}
