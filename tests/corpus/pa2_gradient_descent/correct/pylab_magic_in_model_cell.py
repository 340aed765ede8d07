"""An old habit at the top of the first answer cell: `%pylab inline`. Besides choosing the inline backend it star-imports numpy and pylab into the notebook, shadowing builtins such as sum, any, all, min, max and abs with NumPy's versions in every later cell (IPython warns about it). The reference model follows; every later part is the reference, whose sum(batch_losses) now calls numpy.sum (same value, a NumPy float). Nothing graded changes: full marks everywhere."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
%pylab inline

def model(data, weight, bias):
    """Linear model: predict weight * data + bias."""
    return weight * data + bias
''',
}
