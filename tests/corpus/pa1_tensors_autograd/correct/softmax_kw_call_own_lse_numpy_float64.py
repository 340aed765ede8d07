"""Correct, a later part calling an earlier one by keyword: log_sum_exp computes in NumPy float64 (np.max with keepdims, shift, np.log of np.sum of np.exp) and hands the result back as a torch tensor in z's own dtype and device; softmax reuses the student's log_sum_exp through a KEYWORD call, log_sum_exp(z=z), and returns exp(z - LSE(z)) with the LSE unsqueezed to a column (the second form of the Part 3 text). Any (n, k) is fine: one column gives LSE = the logit and softmax 1; for float32 logits near +-1000 the rounding of the cast-back LSE moves each probability by about 1e-4 of itself at most. Fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits.

    Computed in NumPy float64 (shift by the row maximum), returned as a tensor in z's dtype.
    """
    arr = z.detach().cpu().numpy().astype(np.float64)
    top = np.max(arr, axis=1, keepdims=True)           # (n, 1)
    lse = top[:, 0] + np.log(np.sum(np.exp(arr - top), axis=1))
    return torch.from_numpy(lse).to(dtype=z.dtype, device=z.device)
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax as exp(z - LSE(z)), with my log_sum_exp from Part 2."""
    lse = log_sum_exp(z=z)                  # shape (n,)
    return torch.exp(z - lse.unsqueeze(dim=-1))
''',
}
