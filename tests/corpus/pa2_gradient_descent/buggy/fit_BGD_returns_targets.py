"""junk (returns the input): fit_BGD does no training at all; it returns the first num_epochs targets as a flat float array, Y[:num_epochs].view(-1).numpy(): the right type, shape and dtype, but the model is never called and nothing is learnt. fit_BGD 0 (the return value of a function that does not train earns nothing)."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    return Y[:num_epochs].view(-1).numpy().astype(np.float64)
''',
}
