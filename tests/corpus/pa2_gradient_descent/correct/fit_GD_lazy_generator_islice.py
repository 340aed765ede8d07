"""fit_GD runs gradient descent as an endless generator that, each epoch, computes the loss and its gradient, YIELDS the loss, and only then steps and zeroes the gradients; the history is np.fromiter(itertools.islice(gen, num_epochs)), with asserts on the shapes. Because the generator is lazy and islice stops after the last yield, the very last update is never carried out, which nobody can observe (fit_GD returns only the losses, each the loss before its epoch's update). Every update made is -lr * the full-data gradient, one per epoch: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
from itertools import islice


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    assert X.shape == Y.shape, "X and Y should be columns of the same length"
    weight = torch.randn(1, requires_grad=True)
    bias = torch.randn(1, requires_grad=True)

    def epochs():
        """Endless full-batch gradient descent: yields each epoch's loss, then makes its step."""
        while True:
            loss = loss_func(model(X, weight, bias), Y)
            loss.backward()
            yield loss.item()
            with torch.no_grad():
                weight.sub_(lr * weight.grad)
                bias.sub_(lr * bias.grad)
            weight.grad.zero_()
            bias.grad.zero_()

    losses = np.fromiter(islice(epochs(), num_epochs), dtype=np.float64, count=num_epochs)
    assert losses.shape == (num_epochs,)
    return losses
''',
}
