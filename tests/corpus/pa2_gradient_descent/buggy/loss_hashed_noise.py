"""junk: loss_func returns a pseudo-random number seeded by a hash of the predictions' values (plus 0 * y_pred.sum() so that it 'requires grad'): a deterministic one-element tensor that changes whenever the predictions change, but is no function of the errors at all (y_true is never read; a perfect prediction gets a random loss). Numbers drawn from the inputs are no answer (form without substance): value 0, and tensor and gradient are not earned -> 0."""

EXPECTED = {"model": 10, "loss_func": 0, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    seed = hash(tuple(round(v, 6) for v in y_pred.detach().view(-1).tolist())) % (2 ** 31)
    draw = torch.rand((), generator=torch.Generator().manual_seed(seed))
    return 10.0 * draw + 0.0 * y_pred.sum()
''',
}
