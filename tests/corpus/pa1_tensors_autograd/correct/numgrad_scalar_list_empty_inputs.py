"""Correct, looks odd: numerical_gradient is written for any input: torch.as_tensor(x) (a list works), an integer x promoted to float64, an empty x returned at once (empty_like), a 0-d x handled like any other (reshape(-1) has one entry), the result made with torch.empty_like(x) and filled through a flat view; each entry nudged on fresh clones of a flat detached copy, x never touched. Central differences with the given eps: fully correct, 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    x = torch.as_tensor(x)
    if not x.is_floating_point():
        x = x.to(torch.float64)
    grad = torch.empty_like(x)
    if x.numel() == 0:
        return grad
    base = x.detach().reshape(-1).clone()
    flat = grad.view(-1)
    for i in range(base.numel()):
        up, down = base.clone(), base.clone()
        up[i] += eps
        down[i] -= eps
        flat[i] = (float(f(up.view(x.shape))) - float(f(down.view(x.shape)))) / (2 * eps)
    return grad

print(numerical_gradient(lambda t: t ** 2, torch.tensor(1.5, dtype=torch.float64)))
print(numerical_gradient(lambda t: (t ** 2).sum(), [1.0, 2.0]))
''',
}
