"""Arguments taken in another order (a Keras habit: model.fit(x, y, batch_size, epochs)): the student changed the signature to fit_BGD(model, loss_func, X, Y, lr, batch_size, num_epochs), against 'do not change their arguments'. The body is otherwise the reference. Called as the notebook and the grader call it, fit_BGD(..., lr, num_epochs, batch_size), it runs batch_size epochs with batches of num_epochs points. Each update is still an exact -lr * gradient step on its batch (update 10), but the batches are the wrong size and the number of updates is wrong (batches 0), the returned array has the wrong length (returns 0), and its values are not the asked epochs' losses (loss 0): like the corpus' fit_GD_epochs_range_from_one (wrong number of epochs: 10). fit_BGD 10."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 10, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, batch_size, num_epochs):
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
    return np.array(losses)
''',
}
