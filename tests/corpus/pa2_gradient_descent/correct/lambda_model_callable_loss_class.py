"""The asked names are bound to other callables: model = lambda data, weight, bias: weight * data + bias (a lambda assigned to the name), and loss_func = MeanSquaredError(), an instance of a small class whose __call__(self, y_pred, y_true) returns torch.mean(torch.square(y_pred - y_true)). Both have the asked signature and behaviour: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
# y_hat = w * x + b
model = lambda data, weight, bias: weight * data + bias
''',
    "loss_func_answer": '''
class MeanSquaredError:
    """Callable MSE, like nn.MSELoss but written by hand."""

    def __call__(self, y_pred, y_true):
        return torch.mean(torch.square(y_pred - y_true))

    def __repr__(self):
        return "MeanSquaredError()"


loss_func = MeanSquaredError()
''',
}
