"""scikit-learn habits: the fit_GD cell defines an estimator class, LineRegressorGD(model, loss_func, lr, batch_size=None), whose fit(X, Y, epochs) returns self (chainable, as in sklearn), keeps a history_ dict {"loss": [...], "coef_": ..., "intercept_": ...} and has a predict(X) method; fit_GD is np.asarray(LineRegressorGD(...).fit(X, Y, num_epochs).history_["loss"]). The fit_BGD cell reuses the class (defined in an earlier answer cell, which runs first) with batch_size: batches X[start:start + bs] (last one partial), one update per batch, grads set to None after each step, epoch loss = mean of the batch losses logged before each update. With batch_size=None one batch holds all points: one update per epoch. The wrapper functions return the NumPy arrays the spec asks for: full marks everywhere."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
class LineRegressorGD:
    """sklearn-style estimator: fit() returns self, results in attributes ending in '_'."""

    def __init__(self, model, loss_func, lr, batch_size=None):
        self.model = model
        self.loss_func = loss_func
        self.lr = lr
        self.batch_size = batch_size

    def _step(self, xb, yb):
        loss = self.loss_func(self.model(xb, self.w_, self.b_), yb)
        loss.backward()
        with torch.no_grad():
            self.w_ -= self.lr * self.w_.grad
            self.b_ -= self.lr * self.b_.grad
        self.w_.grad = None
        self.b_.grad = None
        return loss.item()

    def fit(self, X, Y, epochs):
        self.w_ = torch.rand(1, requires_grad=True)
        self.b_ = torch.rand(1, requires_grad=True)
        n = len(X)
        bs = n if self.batch_size is None else self.batch_size
        self.history_ = {"loss": []}
        for _ in range(epochs):
            step_losses = [self._step(X[s:s + bs], Y[s:s + bs]) for s in range(0, n, bs)]
            self.history_["loss"].append(sum(step_losses) / len(step_losses))
        self.history_["coef_"] = self.w_.item()
        self.history_["intercept_"] = self.b_.item()
        return self

    def predict(self, X):
        with torch.no_grad():
            return self.model(X, self.w_, self.b_)


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    est = LineRegressorGD(model, loss_func, lr).fit(X, Y, num_epochs)
    return np.asarray(est.history_["loss"], dtype=float)
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    est = LineRegressorGD(model, loss_func, lr, batch_size=batch_size).fit(X, Y, num_epochs)
    return np.asarray(est.history_["loss"], dtype=float)
''',
}
