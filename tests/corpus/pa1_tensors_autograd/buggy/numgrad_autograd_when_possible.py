"""numerical_gradient first tries autograd (f on a fresh leaf, backward) and only falls back to central differences when f's output does not require grad: for any differentiable f it returns the exact gradient whatever eps is, so it is not the central difference asked for (the notebook's own self-check with eps = 0.5 on x^3 fails: 'is eps used as the step?'). Like corpus numgrad_ignores_eps: central difference (4) lost: 11. (The grader only hands it NumPy-backed f, so only the fallback runs.)"""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 11, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    # autograd is exact: use it when f is differentiable, central differences otherwise
    leaf = x.detach().clone().requires_grad_(True)
    out = f(leaf)
    if out.requires_grad:
        out.backward()
        return leaf.grad
    grad = torch.zeros_like(x)
    flat = x.detach().reshape(-1)
    for i in range(flat.numel()):
        up, down = flat.clone(), flat.clone()
        up[i] += eps
        down[i] -= eps
        grad.view(-1)[i] = (float(f(up.view_as(x))) - float(f(down.view_as(x)))) / (2 * eps)
    return grad
''',
}
