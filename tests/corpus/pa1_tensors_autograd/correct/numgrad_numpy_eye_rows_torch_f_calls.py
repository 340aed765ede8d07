"""Correct, NumPy-first where autograd does not matter: numerical_gradient copies x to a flat NumPy array (of x's
own dtype, float64 here), builds the steps as the rows of eps * np.eye(n, dtype=...), and for each i calls f on
torch.from_numpy((base +- step_i).reshape(x.shape)) -- f gets tensors, as it must -- storing the central
difference (f+ - f-) / (2 eps) in a NumPy vector, which is turned back into a tensor of x's dtype and shape at the
end. No autograd is needed for finite differences, so the round trip loses nothing; the caller's x is never touched
(NumPy works on a copy). Values, shape, central difference with the given eps, x unchanged: 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences (NumPy bookkeeping, f sees tensors)."""
    base = x.detach().cpu().numpy().reshape(-1).copy()
    n = base.size
    steps = eps * np.eye(n, dtype=base.dtype)      # row i is eps * e_i
    grad = np.zeros(n, dtype=base.dtype)
    for i in range(n):
        up = torch.from_numpy((base + steps[i]).reshape(tuple(x.shape)))
        down = torch.from_numpy((base - steps[i]).reshape(tuple(x.shape)))
        grad[i] = (float(f(up)) - float(f(down))) / (2 * eps)
    return torch.from_numpy(grad).to(dtype=x.dtype, device=x.device).reshape(x.shape)
''',
}
