"""scikit-learn habits (sklearn itself is not installed, so the student writes the estimator by hand): the fit_GD cell defines LinearRegressorGD(model, loss, learning_rate_init, max_iter, batch_size=None) with a fit(X, y) that returns self and leaves the learnt coef_ / intercept_, n_iter_ and loss_curve_ (like MLPRegressor), plus predict(); batches come from a re-implementation of sklearn.utils.gen_batches (slices of batch_size, last one partial; batch_size=None means all the points). Each batch: grads set to None, forward pass, backward, sub_ update of both parameters under no_grad, loss.item() recorded; loss_curve_ gets the mean of the epoch's batch losses. fit_GD returns LinearRegressorGD(..., max_iter=num_epochs).fit(X, Y).loss_curve_ as a float array (one batch, one update per epoch), fit_BGD the same with batch_size. Correct: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def gen_batches(n, batch_size):
    """Like sklearn.utils.gen_batches: slices of batch_size, the last one possibly shorter."""
    start = 0
    for _ in range(n // batch_size):
        yield slice(start, start + batch_size)
        start += batch_size
    if start < n:
        yield slice(start, n)


class LinearRegressorGD:
    """An estimator in the scikit-learn style: parameters in __init__, fit() returns self."""

    def __init__(self, model, loss, learning_rate_init=0.01, max_iter=200, batch_size=None):
        self.model = model
        self.loss = loss
        self.learning_rate_init = learning_rate_init
        self.max_iter = max_iter
        self.batch_size = batch_size

    def fit(self, X, y):
        n = len(X)
        size = n if self.batch_size is None else self.batch_size
        self.coef_ = torch.rand(1, requires_grad=True)
        self.intercept_ = torch.rand(1, requires_grad=True)
        self.loss_curve_ = []
        self.n_iter_ = 0
        for _ in range(self.max_iter):
            batch_losses = []
            for rows in gen_batches(n, size):
                self.coef_.grad = None
                self.intercept_.grad = None
                loss = self.loss(self.model(X[rows], self.coef_, self.intercept_), y[rows])
                loss.backward()
                with torch.no_grad():
                    self.coef_.sub_(self.learning_rate_init * self.coef_.grad)
                    self.intercept_.sub_(self.learning_rate_init * self.intercept_.grad)
                batch_losses.append(loss.item())
            self.loss_curve_.append(sum(batch_losses) / len(batch_losses))
            self.n_iter_ += 1
        return self

    def predict(self, X):
        with torch.no_grad():
            return self.model(X, self.coef_, self.intercept_)


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    estimator = LinearRegressorGD(model, loss_func, learning_rate_init=lr, max_iter=num_epochs)
    return np.asarray(estimator.fit(X, Y).loss_curve_, dtype=float)
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    estimator = LinearRegressorGD(model, loss_func, learning_rate_init=lr, max_iter=num_epochs,
                                  batch_size=batch_size)
    return np.asarray(estimator.fit(X, Y).loss_curve_, dtype=float)
''',
}
