"""Slip (a debugging line left in): to print the gradients the student added loss.backward(retain_graph=True) right before the real loss.backward() (the print is commented out, the call is not). PyTorch ADDS gradients, so each batch's .grad holds twice its gradient and every update is 2 * lr * gradient. Batches (torch.split, last one partial), zeroing and the epoch mean of the batch losses are right: returns 6, batches 8, update 0, loss 6 -> 20. The message should say each step is twice a gradient step and point at the gradient being accumulated twice (backward() called twice per batch), not only at the learning rate or a second optimizer step."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 20, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward(retain_graph=True)        # debugging: look at the gradients
            # print(weight.grad, bias.grad)
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
