"""Correct, written to be generic over dtype: every function computes internally in float64 and hands back the caller's floating dtype (float32 in, float32 out; float64 in, float64 out; integer inputs come back in the default float dtype). pairwise_sq_dists promotes A and B together (torch.promote_types), broadcasts in float64 and casts back; log_sum_exp and softmax shift by the row maximum in float64 and cast back (a float32 softmax of +-1000 logits is still finite and sums to 1); value_and_grad makes its fresh leaf in x's own dtype (float64 for integer x), returns the gradient in that dtype and asserts shape and dtype. Values, stability, shapes, no loops, no side effects: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def _out_dtype(*tensors):
    dtype = tensors[0].dtype
    for t in tensors[1:]:
        dtype = torch.promote_types(dtype, t.dtype)
    return dtype if dtype.is_floating_point else torch.get_default_dtype()


def pairwise_sq_dists(A, B):
    """Squared distances, accumulated in float64, returned in the inputs' (promoted) float dtype."""
    out_dtype = _out_dtype(A, B)
    a = A.to(torch.float64)
    b = B.to(torch.float64)
    D = ((a[:, None, :] - b[None, :, :]) ** 2).sum(dim=-1)
    return D.to(out_dtype)
''',
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log-sum-exp in float64, returned in z's float dtype."""
    out_dtype = _out_dtype(z)
    w = z.to(torch.float64)
    top = w.max(dim=1, keepdim=True).values
    lse = top[:, 0] + torch.log(torch.exp(w - top).sum(dim=1))
    return lse.to(out_dtype)
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax in float64, returned in z's float dtype."""
    out_dtype = _out_dtype(z)
    w = z.to(torch.float64)
    e = torch.exp(w - w.max(dim=1, keepdim=True).values)
    return (e / e.sum(dim=1, keepdim=True)).to(out_dtype)
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient; the gradient has x's shape and x's float dtype."""
    dtype = x.dtype if x.is_floating_point() else torch.float64
    leaf = x.detach().to(dtype).clone().requires_grad_(True)
    out = f(leaf)
    (grad,) = torch.autograd.grad(out, leaf)
    assert grad.shape == x.shape and grad.dtype == dtype, (grad.shape, grad.dtype)
    return float(out.detach()), grad
''',
}
