"""Correct, defensive and device-minded: pairwise_sq_dists checks that A and B are 2-D with the same d (the spec's inputs always are), moves both to the CPU in float64 with .to("cpu", torch.float64), computes the expansion ||a||^2 + ||b||^2 - 2 a.b with ONE torch.addmm (beta=1, alpha=-2), clamps tiny negatives in place (clamp_min_) and casts back to A's dtype (no loop, any n and m including 1). log_sum_exp validates the input (2-D, warns and converts integer logits to float), shifts by the row maximum with keepdim, squeezes dim 1 only. Fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B, without loops."""
    if A.dim() != 2 or B.dim() != 2 or A.shape[1] != B.shape[1]:
        raise ValueError(f"expected A (n, d) and B (m, d), got {tuple(A.shape)} and {tuple(B.shape)}")
    a = A.to("cpu", torch.float64)
    b = B.to("cpu", torch.float64)
    norms = (a * a).sum(dim=1, keepdim=True) + (b * b).sum(dim=1)[None, :]   # (n, m)
    D = torch.addmm(norms, a, b.T, beta=1.0, alpha=-2.0)                    # ||a||^2 + ||b||^2 - 2 a.b
    return D.clamp_min_(0.0).to(A.dtype)
''',
    "log_sum_exp_answer": r'''
import warnings


def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    if z.dim() != 2:
        raise ValueError(f"expected logits of shape (n, k), got {tuple(z.shape)}")
    if not torch.is_floating_point(z):
        warnings.warn("integer logits: converting to float")
        z = z.float()
    top = z.max(dim=1, keepdim=True).values
    return (top + (z - top).exp().sum(dim=1, keepdim=True).log()).squeeze(1)
''',
}
