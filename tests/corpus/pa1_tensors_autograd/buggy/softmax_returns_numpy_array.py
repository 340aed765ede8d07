"""softmax computes in NumPy (stable max shift, right values everywhere) and forgets to convert back: it returns an np.ndarray, not the tensor of shape (n, k) the docstring asks for (the notebook's self-check isinstance(_p, torch.Tensor) fails). As corpus dists_returns_numpy (-3 for the 'tensor of shape' criterion): shape (2) lost, 8."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 8, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'softmax_answer': r'''
def softmax(z):
    a = z.numpy()
    e = np.exp(a - a.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
''',
}
