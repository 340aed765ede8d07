"""Keras habits: the fit_GD cell defines a small Keras-like trainer, LineTrainer(model).compile(loss, learning_rate).fit(x, y, epochs, batch_size=None, callbacks=...), with a train_step method (forward pass, backward, update of both parameters under no_grad, grads reset to None) and a History callback whose history['loss'] collects one entry per epoch (the mean of that epoch's step losses). fit_GD is fit(..., batch_size=None), i.e. one slice with all the points and one update per epoch; the fit_BGD cell reuses the class with batch_size (slices range(0, n, batch_size), last one partial). plot_GD follows the Keras tutorial figure (plot with a legend, labels, title); plot_BGD draws the raw losses as a faint line with markers (alpha 0.35, as TensorBoard does) under an exponentially smoothed copy. The raw losses are drawn, visibly, at every epoch: every part does what is asked, full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
class History:
    """Like keras.callbacks.History: history['loss'] gets one value per epoch."""

    def __init__(self):
        self.history = {"loss": []}

    def on_epoch_end(self, epoch, logs):
        self.history["loss"].append(logs["loss"])


class LineTrainer:
    """A tiny Keras-style trainer for a line: compile(), then fit()."""

    def __init__(self, model):
        self.model = model
        self.weight = torch.rand(1, requires_grad=True)
        self.bias = torch.rand(1, requires_grad=True)

    def compile(self, loss, learning_rate):
        self.loss = loss
        self.learning_rate = learning_rate
        return self

    def train_step(self, x, y):
        loss = self.loss(self.model(x, self.weight, self.bias), y)
        loss.backward()
        with torch.no_grad():
            for variable in (self.weight, self.bias):
                variable -= self.learning_rate * variable.grad
                variable.grad = None
        return loss.item()

    def fit(self, x, y, epochs, batch_size=None, callbacks=()):
        n = len(x)
        step = n if batch_size is None else batch_size
        history = History()
        for epoch in range(epochs):
            step_losses = [self.train_step(x[i:i + step], y[i:i + step]) for i in range(0, n, step)]
            logs = {"loss": sum(step_losses) / len(step_losses)}
            for callback in (history, *callbacks):
                callback.on_epoch_end(epoch, logs)
        return history


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    trainer = LineTrainer(model).compile(loss=loss_func, learning_rate=lr)
    history = trainer.fit(X, Y, epochs=num_epochs)  # batch_size=None: the whole data set, one step per epoch
    return np.array(history.history["loss"])
''',
    "plot_GD_answer": r'''
epochs = np.arange(1, len(loss_GD) + 1)
plt.plot(epochs, loss_GD, "o-", label="loss")
plt.title("model loss (full batch)")
plt.ylabel("loss")
plt.xlabel("epoch")
plt.legend(loc="upper right")
plt.show()
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    trainer = LineTrainer(model).compile(loss=loss_func, learning_rate=lr)
    history = trainer.fit(X, Y, epochs=num_epochs, batch_size=batch_size)
    return np.array(history.history["loss"])
''',
    "plot_BGD_answer": r'''
# TensorBoard style: the raw values faint, a smoothed copy on top.
raw = np.asarray(loss_BGD, dtype=float)
smoothed, last = [], raw[0]
for value in raw:
    last = 0.6 * last + 0.4 * value
    smoothed.append(last)
epochs = np.arange(1, len(raw) + 1)
fig, ax = plt.subplots()
ax.plot(epochs, raw, "o-", color="tab:orange", alpha=0.35, label="loss (raw)")
ax.plot(epochs, smoothed, color="tab:orange", label="loss (smoothed 0.6)")
ax.set_xlabel("epoch")
ax.set_ylabel("mean batch loss (MSE)")
ax.set_title("model loss (mini-batches of batch_size)")
ax.legend()
plt.show()
''',
}
