"""fit_GD does no work: it returns np.zeros(num_epochs), an array of the right shape and dtype. A fit that does not train earns nothing, not even for its return value -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    return np.zeros(num_epochs)
''',
}
