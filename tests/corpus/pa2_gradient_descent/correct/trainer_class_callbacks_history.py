"""Lightning/Keras-like: a small Trainer class with callbacks, defined in the fit_GD cell and used by both fits.
Trainer holds weight and bias (torch.rand), training_step(xb, yb) computes the loss of one batch, back-propagates
it and calls optimizer_step(), a method decorated with @torch.no_grad() that does p -= lr * p.grad and sets
p.grad = None (the set_to_none idiom by hand); it returns loss.detach(). fit(batches, num_epochs) runs every batch
of the epoch, takes torch.stack(batch losses).mean().item() and passes {'epoch', 'loss', 'n_batches'} to each
callback; a History callback keeps the dicts and turns a key into a NumPy array. fit_GD passes one batch (X, Y)
per epoch; fit_BGD a lambda returning zip(X.split(batch_size), Y.split(batch_size)) (last batch partial, kept).
Each fit makes a new Trainer, so every call starts fresh. loss_func is F.mse_loss; model and plots are simple.
Correct: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    return F.mse_loss(y_pred, y_true)
''',
    "fit_GD_answer": r'''
class History:
    """Callback: remembers the logs of every epoch."""

    def __init__(self):
        self.records = []

    def __call__(self, logs):
        self.records.append(dict(logs))

    def to_array(self, key):
        return np.array([r[key] for r in self.records], dtype=float)


class Trainer:
    def __init__(self, model, loss_func, lr, callbacks=()):
        self.model, self.loss_func, self.lr = model, loss_func, lr
        self.weight = torch.rand(1, requires_grad=True)
        self.bias = torch.rand(1, requires_grad=True)
        self.callbacks = list(callbacks)

    def params(self):
        return (self.weight, self.bias)

    @torch.no_grad()
    def optimizer_step(self):
        for p in self.params():
            p -= self.lr * p.grad
            p.grad = None

    def training_step(self, xb, yb):
        loss = self.loss_func(self.model(xb, self.weight, self.bias), yb)
        loss.backward()
        self.optimizer_step()
        return loss.detach()

    def fit(self, batches, num_epochs):
        for epoch in range(num_epochs):
            outputs = [self.training_step(xb, yb) for xb, yb in batches()]
            logs = {"epoch": epoch, "loss": torch.stack(outputs).mean().item(), "n_batches": len(outputs)}
            for callback in self.callbacks:
                callback(logs)


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    history = History()
    Trainer(model, loss_func, lr, callbacks=[history]).fit(lambda: [(X, Y)], num_epochs)
    return history.to_array("loss")
''',
    "plot_GD_answer": r'''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_GD) + 1), loss_GD, "o-", label="train")
ax.set(xlabel="Epoch", ylabel="Loss", title="Full-batch training loss")
ax.legend()
plt.show()
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    history = History()
    trainer = Trainer(model, loss_func, lr, callbacks=[history])
    trainer.fit(lambda: zip(X.split(batch_size), Y.split(batch_size)), num_epochs)
    return history.to_array("loss")
''',
    "plot_BGD_answer": r'''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, "s-", color="tab:green", label="train")
ax.set(xlabel="Epoch", ylabel="Loss (mean over batches)", title="Mini-batch training loss")
ax.legend()
plt.show()
''',
    "discussion": r'''
Use mini-batch gradient descent when the data is too big to process at once, or simply big enough that one
full pass per update is wasteful: each mini-batch step is cheap, there are many of them per epoch, and memory
use depends on batch_size, not on n. The steps are noisier than full-batch ones, so the loss jitters and may
need a smaller learning rate. Full-batch GD is fine (and smoother) for small datasets like this one.
''',
}
