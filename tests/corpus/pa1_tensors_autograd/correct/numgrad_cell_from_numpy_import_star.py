"""The Part 4 cell starts with `from numpy import *` (a habit from a NumPy course): it shadows the builtins sum, max, min, abs, round, all, any and pow in the notebook's namespace for every later cell. numerical_gradient works in NumPy (zeros, float64 and the loop over entries from the star import, central differences on copies) and returns a torch tensor of x's shape and dtype: right. The later parts (reference gradient_check, value_and_grad, plot) use torch and float(), none of the shadowed names: full marks everywhere."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    'numerical_gradient_answer': r'''
from numpy import *


def numerical_gradient(f, x, eps=1e-6):
    base = x.detach().cpu().numpy().astype(float64).reshape(-1)
    out = zeros(base.size)
    for i in range(base.size):
        step = zeros(base.size)
        step[i] = eps
        plus = torch.from_numpy((base + step).reshape(tuple(x.shape)))
        minus = torch.from_numpy((base - step).reshape(tuple(x.shape)))
        out[i] = (float(f(plus)) - float(f(minus))) / (2 * eps)
    return torch.from_numpy(out.reshape(tuple(x.shape))).to(x.dtype)
''',
}
