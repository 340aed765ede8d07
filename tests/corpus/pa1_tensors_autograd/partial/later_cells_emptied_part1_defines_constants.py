"""junk, with emptied cells: the Part 1 cell holds a right pairwise_sq_dists (broadcast) and ALSO defines every other function of the assignment as a placeholder of the right shape (log_sum_exp -> zeros(n), softmax -> uniform rows, numerical_gradient -> zeros_like(x), gradient_check -> 0.0, value_and_grad -> (0.0, zeros_like(x))), so that each self-check at least finds a function; the answer cells of Parts 2-7 are emptied (blank), and the written answer is the template. Constants earn nothing, not even their shape or 'x unchanged': 0 for Parts 2-7 (the plot cell draws nothing), written 0; Part 1 is right: 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 0, "softmax": 0, "numerical_gradient": 0, "gradient_check": 0, "value_and_grad": 0, "plot_derivative": 0, "written": 0}

ANSWERS = {
    'pairwise_sq_dists_answer': r'''
def pairwise_sq_dists(A, B):
    return ((A[:, None, :] - B[None, :, :]) ** 2).sum(-1)


# placeholders so that the notebook runs through (to do later)
def log_sum_exp(z):
    return torch.zeros(z.shape[0])


def softmax(z):
    return torch.full_like(z, 1.0 / z.shape[1])


def numerical_gradient(f, x, eps=1e-6):
    return torch.zeros_like(x)


def gradient_check(f, x, eps=1e-6):
    return 0.0


def value_and_grad(f, x):
    return 0.0, torch.zeros_like(x)
''',
    'log_sum_exp_answer': r'''

''',
    'softmax_answer': r'''

''',
    'numerical_gradient_answer': r'''

''',
    'gradient_check_answer': r'''

''',
    'value_and_grad_answer': r'''

''',
    'plot_derivative_answer': r'''

''',
    'written': r'''
YOUR ANSWER HERE
''',
}
