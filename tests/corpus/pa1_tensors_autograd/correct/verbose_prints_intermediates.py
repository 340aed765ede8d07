"""Verbose but correct: every function names each intermediate (shapes unpacked, an input assert, unsqueezed copies, the (n, m, d) difference, its square) and prints as it goes: pairwise_sq_dists prints the shapes and the range of D, numerical_gradient prints f(+), f(-) and the slope of every entry, gradient_check prints both gradients and the error, value_and_grad prints the value and the gradient. The printing is constant per call in Part 1 (no loop there) and harmless elsewhere: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    n, d = A.shape
    m, d_b = B.shape
    assert d == d_b, f"A has {d} features but B has {d_b}"
    print(f"pairwise_sq_dists: A is {tuple(A.shape)}, B is {tuple(B.shape)}")
    a_rows = A.unsqueeze(1)              # (n, 1, d)
    b_rows = B.unsqueeze(0)              # (1, m, d)
    print("  a_rows", tuple(a_rows.shape), "b_rows", tuple(b_rows.shape))
    difference = a_rows - b_rows         # (n, m, d)
    print("  difference", tuple(difference.shape))
    squared = difference * difference
    D = squared.sum(dim=2)               # (n, m)
    print("  D", tuple(D.shape), "from", round(D.min().item(), 4), "to", round(D.max().item(), 4))
    return D
''',
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    n_rows, n_cols = z.shape
    row_max = z.max(dim=1, keepdim=True).values          # (n, 1)
    shifted = z - row_max                                  # every entry <= 0
    exps = torch.exp(shifted)                              # in (0, 1], the max gives exactly 1
    row_sums = exps.sum(dim=1)                             # (n,), each >= 1
    logs = torch.log(row_sums)
    result = row_max.squeeze(1) + logs
    print(f"log_sum_exp: {n_rows} rows of {n_cols} logits -> {tuple(result.shape)}")
    return result
''',
    "softmax_answer": r'''
def softmax(z):
    row_max = z.max(dim=1, keepdim=True).values
    shifted = z - row_max
    numerators = torch.exp(shifted)
    denominators = numerators.sum(dim=1, keepdim=True)
    probabilities = numerators / denominators
    print("softmax: row sums", probabilities.sum(dim=1).tolist())
    return probabilities
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    shape = x.shape
    flat_x = x.detach().reshape(-1).clone()
    n_entries = flat_x.numel()
    print(f"numerical_gradient: {n_entries} entries, eps = {eps}")
    result = torch.zeros(n_entries, dtype=x.dtype)
    for index in range(n_entries):
        up = flat_x.clone()
        down = flat_x.clone()
        up[index] = up[index] + eps
        down[index] = down[index] - eps
        f_up = float(f(up.reshape(shape)))
        f_down = float(f(down.reshape(shape)))
        slope = (f_up - f_down) / (2 * eps)
        print(f"  entry {index}: f(+) = {f_up:.6f}, f(-) = {f_down:.6f}, slope = {slope:.6f}")
        result[index] = slope
    gradient = result.reshape(shape)
    return gradient
''',
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    output = f(leaf)
    output.backward()
    g_auto = leaf.grad.detach()
    g_num = numerical_gradient(f, x.detach(), eps)
    print("autograd:", g_auto.tolist())
    print("numeric: ", g_num.tolist())
    difference_norm = torch.linalg.norm(g_auto - g_num).item()
    auto_norm = torch.linalg.norm(g_auto).item()
    num_norm = torch.linalg.norm(g_num).item()
    denominator = auto_norm + num_norm
    if denominator == 0.0:
        print("both gradients are zero: relative error 0")
        return 0.0
    relative_error = difference_norm / denominator
    print(f"relative error = {relative_error:.3e}")
    return relative_error
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    leaf = x.detach().clone()
    leaf.requires_grad_(True)
    output = f(leaf)
    value = output.item()
    output.backward()
    gradient = leaf.grad
    print(f"value_and_grad: f(x) = {value:.6f}, grad = {gradient.tolist()}")
    return value, gradient
''',
}
