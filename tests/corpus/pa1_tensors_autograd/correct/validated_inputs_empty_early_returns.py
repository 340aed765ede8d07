"""Correct, unusually defensive: pairwise_sq_dists, log_sum_exp and softmax validate their inputs and raise clear exceptions only for invalid ones (not a tensor: TypeError; not 2-D, or A and B with different numbers of coordinates: ValueError), return early for empty inputs (n = 0 or m = 0 gives an empty (n, m) tensor, d = 0 gives zeros; zero rows give an empty (0,) / (0, k) result; a row of zero logits has LSE -inf and an empty softmax row), promote integer logits to the default float dtype, and assert the result's shape before returning. The work itself is the asked one: broadcasting with unsqueeze (no Python loop: the checks are a fixed number of lines), the row maximum (amax, keepdim) as the shift. Every valid input of the docstrings gets the right values, shape and stability: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B (validated)."""
    if not isinstance(A, torch.Tensor) or not isinstance(B, torch.Tensor):
        raise TypeError(f"A and B must be tensors, got {type(A).__name__} and {type(B).__name__}")
    if A.dim() != 2 or B.dim() != 2:
        raise ValueError(f"A and B must be 2-D (one point per row), got shapes {tuple(A.shape)} and {tuple(B.shape)}")
    if A.shape[1] != B.shape[1]:
        raise ValueError(f"A and B must have the same number of coordinates, got {A.shape[1]} and {B.shape[1]}")
    n, m = A.shape[0], B.shape[0]
    if n == 0 or m == 0 or A.shape[1] == 0:
        return torch.zeros(n, m, dtype=torch.result_type(A, B), device=A.device)
    diff = A.unsqueeze(1) - B.unsqueeze(0)          # (n, m, d)
    D = (diff * diff).sum(dim=2)
    assert D.shape == (n, m), D.shape
    return D
''',
    "log_sum_exp_answer": r'''
def _check_logits(z):
    if not isinstance(z, torch.Tensor):
        raise TypeError(f"z must be a tensor, got {type(z).__name__}")
    if z.dim() != 2:
        raise ValueError(f"z must be 2-D, shape (n, k), got shape {tuple(z.shape)}")
    return z if z.is_floating_point() else z.to(torch.get_default_dtype())


def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits (validated)."""
    z = _check_logits(z)
    n, k = z.shape
    if n == 0:
        return z.new_empty(0)
    if k == 0:
        return z.new_full((n,), float("-inf"))      # log of an empty sum
    top = z.amax(dim=1, keepdim=True)
    out = top.squeeze(1) + torch.log(torch.exp(z - top).sum(dim=1))
    assert out.shape == (n,), out.shape
    return out
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits (validated)."""
    z = _check_logits(z)
    if z.numel() == 0:
        return z.clone()
    e = torch.exp(z - z.amax(dim=1, keepdim=True))
    p = e / e.sum(dim=1, keepdim=True)
    assert p.shape == z.shape, p.shape
    return p
''',
}
