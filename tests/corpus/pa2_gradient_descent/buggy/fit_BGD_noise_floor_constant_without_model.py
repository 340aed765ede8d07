"""junk (the same idea as fit_GD_least_squares_floor_without_model, on mini-batches): fit_BGD never calls the model
or loss_func; it returns, for every epoch, the mean over the batches (torch.split, last partial) of each batch's
MSE under the least-squares line of ALL the data, computed in closed form: the level a converged mini-batch run
hovers around. No parameter is created or updated and lr is ignored: nothing here trains, so the fit earns
nothing -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    A = torch.cat([X, torch.ones_like(X)], dim=1).double()
    solution = torch.linalg.lstsq(A, Y.double()).solution
    squared = ((A @ solution - Y.double()) ** 2).reshape(-1)
    level = float(np.mean([chunk.mean().item() for chunk in torch.split(squared, batch_size)]))
    return np.full(num_epochs, level)
''',
}
