"""A Trainer class whose state is per instance, and inputs copied before they are changed. Trainer.__init__ creates
the parameters and an EMPTY history list on the instance (self.history = [], not a class attribute), and each fit
makes a new Trainer, so no call sees another's parameters or losses. fit_BGD shuffles every epoch, but on its own
copies: X, Y = X.detach().clone(), Y.detach().clone() once, then an in-place X.copy_(X[perm]) / Y.copy_(Y[perm]) with
the same permutation on the copies only; the caller's tensors are never touched, and the pairs stay matched. The
batches are torch.split pieces of the shuffled copies (every point once per epoch, last batch shorter), the epoch loss
the mean of the batch losses. The functions also count their calls on the function object (fit_GD.calls += 1),
used only in a debug print that is switched off: it changes nothing returned. Full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
VERBOSE = False


class Trainer:
    def __init__(self, model, loss_func, lr):
        self.model, self.loss_func, self.lr = model, loss_func, lr
        self.weight = torch.rand(1, requires_grad=True)
        self.bias = torch.rand(1, requires_grad=True)
        self.history = []                     # per instance: a new list for every Trainer

    def step(self, x, y):
        loss = self.loss_func(self.model(x, self.weight, self.bias), y)
        loss.backward()
        with torch.no_grad():
            for p in (self.weight, self.bias):
                p -= self.lr * p.grad
                p.grad.zero_()
        return loss.item()

    def epoch(self, batches):
        losses = [self.step(x, y) for x, y in batches]
        self.history.append(sum(losses) / len(losses))


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    fit_GD.calls = getattr(fit_GD, "calls", 0) + 1
    if VERBOSE:
        print(f"fit_GD call {fit_GD.calls}: n={len(X)}, lr={lr}, epochs={num_epochs}")
    trainer = Trainer(model, loss_func, lr)
    for _ in range(num_epochs):
        trainer.epoch([(X, Y)])
    return np.array(trainer.history)
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    fit_BGD.calls = getattr(fit_BGD, "calls", 0) + 1
    X, Y = X.detach().clone(), Y.detach().clone()     # our own copies: the caller's data stay as they are
    trainer = Trainer(model, loss_func, lr)
    for _ in range(num_epochs):
        perm = torch.randperm(len(X))
        X.copy_(X[perm])
        Y.copy_(Y[perm])
        trainer.epoch(list(zip(torch.split(X, batch_size), torch.split(Y, batch_size))))
    return np.array(trainer.history)
''',
}
