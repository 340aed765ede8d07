"""Correct, written by a MATLAB user who keeps MATLAB's idioms and gets the 0-based translation right everywhere.
pairwise_sq_dists is the MATLAB one-liner sum(A.^2,2) + sum(B.^2,2)' - 2*A*B' written with keepdim column /
row and B.T (the prime is a transpose, not a reshape), clamped at 0 against tiny negative rounding.
softmax shifts by max(z,[],2) (dim=1, keepdim) and divides by sum(E,2) expanded with expand_as (bsxfun style).
numerical_gradient loops k = 1..numel(x) like a MATLAB for loop and indexes with k - 1 both when nudging and when
storing, on a flat float64 copy reshaped back (row-major throughout, no column-major reshape anywhere); x is
left as it was. Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    # MATLAB: D = sum(A.^2, 2) + sum(B.^2, 2)' - 2 * A * B';
    sa = (A ** 2).sum(dim=1, keepdim=True)        # n x 1 column
    sb = (B ** 2).sum(dim=1, keepdim=True).T      # 1 x m row (the ' is a transpose)
    D = sa + sb - 2 * (A @ B.T)
    return D.clamp_min(0)
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    # MATLAB-ish: E = exp(z - max(z, [], 2)); P = bsxfun(@rdivide, E, sum(E, 2));
    E = torch.exp(z - z.max(dim=1, keepdim=True).values)
    return E / E.sum(dim=1, keepdim=True).expand_as(E)
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    N = x.numel()
    base = x.detach().clone().reshape(-1)
    g = torch.zeros(N, dtype=x.dtype, device=x.device)
    for k in range(1, N + 1):          # MATLAB: for k = 1:numel(x)
        e = torch.zeros_like(base)
        e[k - 1] = eps                 # 1-based k, 0-based index
        fp = float(f((base + e).reshape(x.shape)))
        fm = float(f((base - e).reshape(x.shape)))
        g[k - 1] = (fp - fm) / (2 * eps)
    return g.reshape(x.shape)
''',
}
