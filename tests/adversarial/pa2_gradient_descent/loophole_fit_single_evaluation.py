"""No tampering at all: fit_GD and fit_BGD evaluate the model and loss they are given once,
at zero parameters, never update anything and return None. There is no gradient step to
check, so an honest grader gives 0 (returns 0, batches 0, update 0, loss 0) on both fitting
parts; the other parts are the reference."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}


ANSWERS = {
    "fit_GD_answer": '''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    loss_func(model(X, torch.zeros(1), torch.zeros(1)), Y)
    return None
''',
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    loss_func(model(X, torch.zeros(1), torch.zeros(1)), Y)
    return None
''',
}
