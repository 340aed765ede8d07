"""junk (property-matching: 'the parameters move by gradient-sized steps at every batch'): fit_BGD walks the right batches (torch.split, last one partial), computes each batch's loss with autograd on, calls backward and logs the honest mean of the batch losses, but its 'update' moves (weight, bias) by a vector of the SAME LENGTH as lr * gradient in a uniformly RANDOM direction (a fresh torch.randn(2) normalised each batch). Steps of the right size, the right count and the right batches, but unrelated to the direction of the gradient: no descent, nothing is learnt. The corpus' fit_GD_random_direction_gradient_sized (full batch) earns 0; the same trick on mini-batches should too: fit_BGD 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

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
            loss.backward()
            with torch.no_grad():
                size = lr * torch.sqrt(weight.grad ** 2 + bias.grad ** 2)
                direction = torch.randn(2)
                direction = direction / direction.norm()
                weight += size * direction[0]
                bias += size * direction[1]
            weight.grad.zero_()
            bias.grad.zero_()
            batch_losses.append(loss.item())
        losses.append(sum(batch_losses) / len(batch_losses))
    return np.array(losses)
''',
}
