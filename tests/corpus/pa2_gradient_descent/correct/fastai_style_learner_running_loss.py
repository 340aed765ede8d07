"""fastai-like: a Learner class in the fit_BGD cell (fit_GD keeps a short hand-written loop with torch.autograd.grad)
with one_batch / all_batches / fit and a Recorder list. one_batch computes the loss, loss.backward(), steps under
torch.no_grad() and zeroes with p.grad.zero_(); all_batches accumulates the transfer-learning tutorial's
running_loss += loss.item() * xb.shape[0] and the epoch loss is running_loss / len(dataset) (the exact epoch MSE,
accepted). Batches from X.split/Y.split, last partial kept. fit_GD: grads = torch.autograd.grad(loss, (weight,
bias)), in-place update under no_grad, loss.item() logged. A @torch.no_grad() validate() helper reports the final
loss once (not logged). loss_func is F.mse_loss; model the reference. Plots: OO with ax.set and a legend labelling
the one curve correctly. Correct: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    return F.mse_loss(y_pred, y_true)
''',
    "fit_GD_answer": r'''
@torch.no_grad()
def validate(model, loss_func, X, Y, weight, bias):
    return loss_func(model(X, weight, bias), Y).item()


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    recorder = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        grad_w, grad_b = torch.autograd.grad(loss, (weight, bias))
        with torch.no_grad():
            weight -= lr * grad_w
            bias -= lr * grad_b
        recorder.append(loss.item())
    print("valid loss:", round(validate(model, loss_func, X, Y, weight, bias), 4))
    return np.array(recorder)
''',
    "plot_GD_answer": r'''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_GD) + 1), loss_GD, "-o", label="full batch (train)")
ax.set(xlabel="epoch", ylabel="loss", title="Recorder: full-batch loss")
ax.legend()
plt.show()
''',
    "fit_BGD_answer": r'''
class Learner:
    def __init__(self, model, loss_func, X, Y, lr, batch_size):
        self.model, self.loss_func, self.lr = model, loss_func, lr
        self.X, self.Y, self.bs = X, Y, batch_size
        self.weight = torch.rand(1, requires_grad=True)
        self.bias = torch.rand(1, requires_grad=True)
        self.recorder = []

    def one_batch(self, xb, yb):
        loss = self.loss_func(self.model(xb, self.weight, self.bias), yb)
        loss.backward()
        with torch.no_grad():
            for p in (self.weight, self.bias):
                p -= self.lr * p.grad
                p.grad.zero_()
        return loss.item()

    def all_batches(self):
        running_loss = 0.0
        for xb, yb in zip(self.X.split(self.bs), self.Y.split(self.bs)):
            running_loss += self.one_batch(xb, yb) * xb.shape[0]
        return running_loss / len(self.X)

    def fit(self, n_epoch):
        for _ in range(n_epoch):
            self.recorder.append(self.all_batches())
        return self


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    learn = Learner(model, loss_func, X, Y, lr, batch_size).fit(num_epochs)
    print("valid loss:", round(validate(model, loss_func, X, Y, learn.weight, learn.bias), 4))
    return np.array(learn.recorder)
''',
    "plot_BGD_answer": r'''
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, "-s", color="tab:orange", label="mini-batch (train)")
ax.set(xlabel="epoch", ylabel="loss", title="Recorder: mini-batch loss")
ax.legend()
plt.show()
''',
    "discussion": r'''
Mini-batch GD should be used whenever the data set is large: a step then needs only a batch (cheap, small memory,
GPU friendly), and one epoch brings many steps, so the loss falls much faster per epoch than with full batches.
The noise of the batch gradients makes the curve less smooth and may require a lower learning rate in the end,
but it rarely hurts and can help. Full-batch GD is only better when the data is small and every exact step is cheap.
''',
}
