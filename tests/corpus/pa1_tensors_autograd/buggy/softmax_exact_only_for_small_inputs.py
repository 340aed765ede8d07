"""Junk special-casing the size of the inputs: softmax computes the real (stable) softmax only when z has at most 64 entries (every input of the notebook's self-check and, as it happens, every input the grader tries: n <= 4 rows of k <= 6 logits); for anything larger it returns uniform rows (1/k everywhere: non-negative, rows sum to 1, finite, right shape) 'to save time'. It ignores the logits of any realistic batch (a (128, 10) batch of a classifier gets 0.1 everywhere). Fair: 0 / 10 (values and stability hold only for the sizes it was fitted to); a grader that only ever tries tiny inputs gives 10. Graded with a batch of the size a classifier's is, (128, 10), among its cases, it returns uniform rows there: the values (4) are lost; stable and shape (6) were earned on the cases it computes, as an honest softmax wrong on one batch keeps them (6)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 6, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": '''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    if z.numel() > 64:   # big batches: skip the exponentials
        return torch.full_like(z, 1.0 / z.shape[1])
    e = torch.exp(z - z.max(dim=1, keepdim=True).values)
    return e / e.sum(dim=1, keepdim=True)
''',
}
