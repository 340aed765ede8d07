"""Each answer cell tests its own function on random data drawn from LOCAL generators (np.random.default_rng(seed) and torch.Generator().manual_seed(seed)), so the notebook's global random state is never touched: pairwise_sq_dists (broadcast with unsqueeze(-2) / unsqueeze(-3) and (diff * diff).sum(-1)) is compared with a NumPy double loop on 7 x 5 random points; log_sum_exp (shift by torch.max(...).values) with torch.logsumexp on random and +-1000 rows; numerical_gradient (torch.eye rows as steps) with cos for sum(sin x) at a random x; gradient_check with a random x and a sign-flipped backward. The loops are at the top level of the cells, never inside a graded function. Every function is right for any input: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    diff = A.unsqueeze(-2) - B.unsqueeze(-3)   # (n, 1, d) - (1, m, d) -> (n, m, d)
    return (diff * diff).sum(dim=-1)


_rng = np.random.default_rng(11)
_A, _B = _rng.normal(size=(7, 4)), _rng.normal(size=(5, 4))
_slow = np.zeros((7, 5))
for _i in range(7):
    for _j in range(5):
        _slow[_i, _j] = ((_A[_i] - _B[_j]) ** 2).sum()
print("max gap to the double loop:",
      np.abs(pairwise_sq_dists(torch.from_numpy(_A), torch.from_numpy(_B)).numpy() - _slow).max())
''',
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    top = torch.max(z, dim=1, keepdim=True).values
    return top.squeeze(1) + torch.log(torch.sum(torch.exp(z - top), dim=1))


_gen = torch.Generator().manual_seed(3)
_z = torch.cat([torch.randn(4, 6, generator=_gen) * 5, torch.randn(2, 6, generator=_gen) + 1000.0,
                torch.randn(2, 6, generator=_gen) - 1000.0])
print("gap to torch.logsumexp:", (log_sum_exp(_z) - torch.logsumexp(_z, dim=1)).abs().max().item())
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    n = x.numel()
    basis = torch.eye(n, dtype=x.dtype)
    out = torch.empty(n, dtype=x.dtype)
    for i in range(n):
        step = (eps * basis[i]).reshape(x.shape)
        out[i] = (float(f(x + step)) - float(f(x - step))) / (2 * eps)
    return out.reshape(x.shape)


_gen = torch.Generator().manual_seed(5)
_x = torch.randn(3, 4, generator=_gen, dtype=torch.float64)
print("gap to cos:", (numerical_gradient(lambda t: torch.sin(t).sum(), _x) - torch.cos(_x)).abs().max().item())
''',
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    (g_auto,) = torch.autograd.grad(f(leaf), leaf)
    g_num = numerical_gradient(f, x.detach(), eps)
    denominator = g_auto.norm() + g_num.norm()
    if denominator.item() == 0.0:
        return 0.0
    return ((g_auto - g_num).norm() / denominator).item()


class _Flipped(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        ctx.save_for_backward(t)
        return (t ** 2).sum()

    @staticmethod
    def backward(ctx, grad_output):
        (t,) = ctx.saved_tensors
        return -2 * t * grad_output


_x = torch.from_numpy(np.random.default_rng(8).normal(size=6))
print("right:", gradient_check(lambda t: (t ** 2).sum(), _x), " flipped:", gradient_check(_Flipped.apply, _x))
''',
}
