"""ONE slip in softmax, an in-place change to the caller's tensor: to 'save memory on big batches' the student
shifts, exponentiates and normalises z itself with in-place ops (z.sub_, z.exp_, z.div_) and returns it. The
returned numbers are the right, stable softmax of the logits the caller passed, but the caller's z now HOLDS
those probabilities: the caller's logits are gone, and a second softmax(z) on the same tensor returns the
softmax of the probabilities (close to uniform), not of the logits. The notebook's self-check sees it at its
shift-invariance test (softmax(z + 3.0) is computed from the overwritten z). Anyone computing a reference from
z after the call, or calling twice, gets wrong values. The output for a fresh tensor is right and stable and
of the right shape: stable (4) and shape (2) kept; values (4) lost, since the same call on the same input does
not give the same probabilities twice and the caller's logits are destroyed: 6 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 6, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits (in place: no extra (n, k) buffers)."""
    z.sub_(z.max(dim=1, keepdim=True).values)
    z.exp_()
    z.div_(z.sum(dim=1, keepdim=True))
    return z
''',
}
