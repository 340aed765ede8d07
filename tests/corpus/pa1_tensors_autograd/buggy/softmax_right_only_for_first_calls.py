"""Junk that counts its calls: softmax returns torch.softmax(z, dim=1) for its first three calls (exactly the three the notebook's self-check makes, so in the student's notebook it passes) and a uniform distribution (every entry 1/k: rows sum to 1, finite, right shape) for every later call. In a graded run the self-check cells do not run, so the grader's first three calls (its first case, the repeat and the variant) get the real softmax and everything after them (the huge logits, the nearby cases) the uniform rows: the answer follows the count of calls, not the logits. Values (wrong on the later moderate calls), stable (uniform rows for the huge logits) and shape (no substance: it jumps between nearby inputs) all lost: 0 / 10. The shape message should name the call-dependent behaviour; 'jumps when its inputs move by a hair ... numbers drawn from the inputs' is close but points at noise seeded by the inputs."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 0, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
_softmax_calls = [0]

def softmax(z):
    _softmax_calls[0] += 1
    if _softmax_calls[0] <= 3:
        return torch.softmax(z, dim=1)
    return torch.full_like(z, 1.0 / z.shape[1])
''',
}
