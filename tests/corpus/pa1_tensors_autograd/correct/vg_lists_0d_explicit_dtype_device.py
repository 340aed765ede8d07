"""Correct, looks odd: value_and_grad accepts a list or a 0-d x (torch.as_tensor), picks the dtype explicitly (x's own if it is floating, else float64), builds its leaf with .to(device=x.device, dtype=..., copy=True) on a detached x, evaluates f under torch.enable_grad(), takes the gradient with torch.autograd.grad on the output reshaped to 0-d, and returns float(...) and the gradient reshaped to x's shape. Nothing of the caller's x is touched: fully correct, 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    source = torch.as_tensor(x)
    dtype = source.dtype if source.is_floating_point() else torch.float64
    leaf = source.detach().to(device=source.device, dtype=dtype, copy=True).requires_grad_(True)
    with torch.enable_grad():
        out = f(leaf).reshape(())
    (grad,) = torch.autograd.grad(out, leaf)
    return float(out.detach()), grad.reshape(source.shape)

print(value_and_grad(lambda t: t ** 3, torch.tensor(2.0, dtype=torch.float64)))
print(value_and_grad(lambda t: (t ** 2).sum(), [1.0, -2.0]))
''',
}
