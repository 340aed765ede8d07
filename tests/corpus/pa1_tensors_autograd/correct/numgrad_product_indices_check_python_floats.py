"""numerical_gradient walks the multi-indices of x with itertools.product over its shape and fills torch.empty_like(x); gradient_check takes autograd's gradient with torch.autograd.grad and computes the relative error in plain Python floats (math.hypot for the norms), the 0/0 case caught as ZeroDivisionError: both fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
import itertools


def numerical_gradient(f, x, eps=1e-6):
    grad = torch.empty_like(x)
    for index in itertools.product(*(range(size) for size in x.shape)):
        plus, minus = x.clone(), x.clone()
        plus[index] = plus[index] + eps
        minus[index] = minus[index] - eps
        grad[index] = (float(f(plus)) - float(f(minus))) / (2.0 * eps)
    return grad
''',
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    (g_auto,) = torch.autograd.grad(f(leaf), leaf)
    g_num = numerical_gradient(f, x.detach(), eps)
    a = g_auto.reshape(-1).tolist()
    b = g_num.reshape(-1).tolist()
    top = math.hypot(*[u - v for u, v in zip(a, b)])
    try:
        return top / (math.hypot(*a) + math.hypot(*b))
    except ZeroDivisionError:   # both gradients are exactly zero
        return 0.0
''',
}
