"""The Part 1 answer cell starts by switching the whole session to double precision, torch.set_default_dtype(torch.float64), and sets torch.set_printoptions(precision=4, sci_mode=False, linewidth=120) (habits from a numerics course). pairwise_sq_dists is the reference broadcast (it keeps the inputs' float32); numerical_gradient builds its result and its step vector with torch.zeros(x.shape) / torch.zeros(x.numel()) without a dtype, which the global default makes float64; the plot's torch.linspace grid is float64 for the same reason. Nothing changes behaviour the spec cares about: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
torch.set_default_dtype(torch.float64)  # I prefer double precision for everything in this notebook
torch.set_printoptions(precision=4, sci_mode=False, linewidth=120)


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B (broadcasting)."""
    difference = A[:, None, :] - B[None, :, :]   # (n, m, d)
    return (difference ** 2).sum(dim=-1)          # (n, m)
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Central differences; the default dtype is float64 (set in Part 1)."""
    flat_x = x.detach().reshape(-1)
    grad = torch.zeros(x.numel())
    for i in range(x.numel()):
        step = torch.zeros(x.numel())
        step[i] = eps
        up = float(f((flat_x + step).reshape(x.shape)))
        down = float(f((flat_x - step).reshape(x.shape)))
        grad[i] = (up - down) / (2 * eps)
    return grad.reshape(x.shape)
''',
}
