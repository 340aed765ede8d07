"""Correct, in-place arithmetic done only on copies the function owns. pairwise_sq_dists clones A and B, centres
both copies in place on A's mean (distances do not change under a common translation, and centring tames the
rounding of the expansion), then uses ||a||^2 + ||b||^2 - 2 a.b clamped at 0: no loop, the caller's A and B
untouched. log_sum_exp works on z.clone(): sub_ of the row max, exp_, then the log of the row sums plus the
max. value_and_grad copies x into a new tensor (detach().clone()), THEN switches requires_grad on the copy.
numerical_gradient keeps one working clone and writes the saved value back after each entry. Calling any of
them twice on the same tensors gives the same answer: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B (expansion on centred copies)."""
    A, B = A.clone(), B.clone()          # my own copies: the in-place centring below stays here
    if A.is_floating_point():
        centre = A.mean(dim=0, keepdim=True)
        A -= centre
        B -= centre
    D = (A * A).sum(dim=1, keepdim=True) + (B * B).sum(dim=1).unsqueeze(0) - 2.0 * (A @ B.T)
    return D.clamp_min_(0.0)
''',
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable; in-place work on a private copy of z."""
    top = z.max(dim=1, keepdim=True).values
    work = z.clone()
    work.sub_(top).exp_()
    return (top + work.sum(dim=1, keepdim=True).log()).squeeze(1)
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences, on one working copy restored after each entry."""
    work = x.detach().clone()
    flat = work.view(-1)
    grad = torch.zeros_like(flat)
    for i in range(flat.numel()):
        saved = flat[i].clone()
        flat[i] = saved + eps
        up = float(f(work))
        flat[i] = saved - eps
        down = float(f(work))
        flat[i] = saved
        grad[i] = (up - down) / (2 * eps)
    return grad.view(x.shape)
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    leaf = x.detach().clone()
    leaf.requires_grad_(True)
    out = f(leaf)
    out.backward()
    return float(out), leaf.grad
''',
}
