"""ADVANCED slip: model is a custom torch.autograd.Function whose forward is right (weight * data + bias, shape (n, 1)) but whose hand-written backward reduces the weight's gradient with .mean() instead of .sum(): grad_weight = (grad_out * data).mean(). The bias's gradient (grad_out.sum()) is right. Values 6/6, shape 2/2, gradients wrong for the weight (sum(data) / n instead of sum(data)) 0/2 -> 8. The message should name the weight's gradient."""

EXPECTED = {"model": 8, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
class Linear(torch.autograd.Function):
    @staticmethod
    def forward(ctx, data, weight, bias):
        ctx.save_for_backward(data, weight)
        return weight * data + bias

    @staticmethod
    def backward(ctx, grad_out):
        data, weight = ctx.saved_tensors
        return grad_out * weight, (grad_out * data).mean().view(1), grad_out.sum().view(1)


def model(data, weight, bias):
    return Linear.apply(data, weight, bias)
''',
}
