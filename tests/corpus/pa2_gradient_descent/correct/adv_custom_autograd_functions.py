"""ADVANCED: model and loss_func are custom torch.autograd.Function subclasses with hand-written backward passes. LinearFn.forward returns weight * data + bias and saves the inputs; its backward returns grad_out * weight for the data, (grad_out * data).sum() reshaped to the weight's shape (1,), and grad_out.sum() for the bias. MSEFn.forward returns mean(r ** 2) as a 0-d tensor; its backward returns 2 r / n * grad_out for y_pred and its negative for y_true. Values, shapes and gradients are exactly the asked ones: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
class LinearFn(torch.autograd.Function):
    @staticmethod
    def forward(ctx, data, weight, bias):
        ctx.save_for_backward(data, weight)
        return weight * data + bias

    @staticmethod
    def backward(ctx, grad_out):
        data, weight = ctx.saved_tensors
        grad_data = grad_out * weight
        grad_weight = (grad_out * data).sum().reshape(weight.shape)
        grad_bias = grad_out.sum().reshape(1)
        return grad_data, grad_weight, grad_bias


def model(data, weight, bias):
    """Linear model through a custom autograd Function."""
    return LinearFn.apply(data, weight, bias)
''',
    "loss_func_answer": r'''
class MSEFn(torch.autograd.Function):
    @staticmethod
    def forward(ctx, y_pred, y_true):
        r = y_pred - y_true
        ctx.save_for_backward(r)
        return (r * r).mean()

    @staticmethod
    def backward(ctx, grad_out):
        (r,) = ctx.saved_tensors
        g = 2.0 * r / r.numel() * grad_out
        return g, -g


def loss_func(y_pred, y_true):
    return MSEFn.apply(y_pred, y_true)
''',
}
