"""fit_BGD reuses the student's fit_GD ('don't repeat yourself'): it checks its arguments and returns fit_GD(model, loss_func, X, Y, lr, num_epochs), never using batch_size. Every epoch is ONE full-data update instead of one update per batch: batches 0. Each step is a correct gradient step on the data it used (update 10), the returned array has num_epochs floats (returns 6), and each logged loss is the loss of the one 'batch' (all the data) before its update (loss 6) -> 22 (like the corpus' fit_BGD_full_batch_each_step). The message should say it makes one update per epoch on all the data instead of one per batch."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 22, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Mini-batch GD: same loop as fit_GD."""
    assert batch_size >= 1
    return fit_GD(model, loss_func, X, Y, lr, num_epochs)
''',
}
