"""ONE slip, in numerical_gradient: an assistant-style 'one nudge function per coordinate' built in a list
comprehension, nudges = [lambda t, s: t + s * basis[i] for i in range(n)]. Python closures bind i late: when
the lambdas run, i is n - 1 for every one of them, so every entry of the result is the central difference along
the LAST coordinate. Central-difference formula, step eps, copies (x untouched), float64, shape of x: all right;
but the gradient is dF/dx_last repeated n times (right only when x has one entry). Values (6) lost on any x with
two or more entries, and the central-difference probe at a large step is wrong for the same reason (4), as in
corpus numgrad_loops_over_rows_only -> 5 / 15. (The reference gradient_check calls this numerical_gradient, so
its self-check fails in the notebook too; by "each part is graded on its own" the slip costs Part 4 only.)

Graded as the grader's rubric scores it (numerical_gradient 5 -> 0).
"""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 0, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    n = x.numel()
    basis = torch.eye(n, dtype=x.dtype)
    flat = x.detach().reshape(-1)
    nudges = [lambda t, s: t + s * basis[i] for i in range(n)]     # one nudge per coordinate
    grad = torch.empty(n, dtype=x.dtype)
    for k, nudge in enumerate(nudges):
        up = nudge(flat, eps).reshape(x.shape)
        down = nudge(flat, -eps).reshape(x.shape)
        grad[k] = (float(f(up)) - float(f(down))) / (2 * eps)
    return grad.reshape(x.shape)
''',
}
