"""A name redefined in a later answer cell: the softmax cell first REdefines log_sum_exp (a second, also correct version through torch.logsumexp(z, dim=1), 'to be safe'), then writes softmax as exp(z - log_sum_exp(z)[:, None]). The Part 2 answer (reference) was already checked before; the new definition gives the same values, and softmax through a stable LSE is stable: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
# (redefined here so that this cell works on its own)
def log_sum_exp(z):
    return torch.logsumexp(z, dim=1)


def softmax(z):
    return torch.exp(z - log_sum_exp(z)[:, None])
''',
}
