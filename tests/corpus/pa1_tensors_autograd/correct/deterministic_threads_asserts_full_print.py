"""Reproducibility and debugging habits: the Part 1 cell calls torch.set_num_threads(1), torch.use_deterministic_algorithms(True), sets torch.backends.cudnn.deterministic / benchmark, and torch.set_printoptions(profile='full'); pairwise_sq_dists asserts its input shapes, prints the whole D (printoptions 'full') and asserts D >= 0; log_sum_exp asserts its result is finite; value_and_grad asserts leaf.grad is not None; gradient_check asserts both gradients have the same shape. Every assert holds on valid inputs and the computations are the reference ones: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
torch.set_num_threads(1)
torch.use_deterministic_algorithms(True)
torch.backends.cudnn.deterministic = True
torch.backends.cudnn.benchmark = False
torch.set_printoptions(profile="full")


def pairwise_sq_dists(A, B):
    assert A.dim() == 2 and B.dim() == 2, "A and B must be 2-D"
    assert A.shape[1] == B.shape[1], f"dimension mismatch: {tuple(A.shape)} vs {tuple(B.shape)}"
    D = ((A[:, None, :] - B[None, :, :]) ** 2).sum(dim=-1)
    print("D =", D)
    assert D.shape == (A.shape[0], B.shape[0])
    assert (D >= 0).all(), "squared distances cannot be negative"
    return D
''',
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    top = z.max(dim=1, keepdim=True).values
    out = (top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))).squeeze(1)
    assert torch.isfinite(out).all(), "log_sum_exp overflowed"
    return out
''',
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    assert g_auto.shape == g_num.shape, (g_auto.shape, g_num.shape)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_(True)
    value = f(leaf)
    value.backward()
    assert leaf.grad is not None, "no gradient reached the leaf"
    assert leaf.grad.shape == x.shape
    return value.item(), leaf.grad
''',
}
