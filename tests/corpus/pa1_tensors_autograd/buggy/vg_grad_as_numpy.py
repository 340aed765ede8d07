"""value_and_grad returns leaf.grad.numpy(): the right numbers and shape, but an np.ndarray, not the tensor the docstring asks for ('grad is a tensor shaped like x'; the notebook's self-check isinstance(_g, torch.Tensor) fails). As corpus vg_value_numpy_0d loses the value for a NumPy value: gradient (6) lost, 9."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 9, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'value_and_grad_answer': r'''
def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_(True)
    out = f(leaf)
    out.backward()
    return out.item(), leaf.grad.numpy()
''',
}
