"""Correct, precision-minded: numerical_gradient works in float64 whatever x's dtype (a float32 or float16 x would be promoted, so that rounding of x + eps cannot swamp the difference; the float64 x of the spec is used as it is), builds each nudged point OUT OF PLACE with Tensor.scatter on a flat copy (index [i], value x_i + eps or x_i - eps), evaluates f on the point reshaped to x's shape, and returns the quotients in x's own dtype and shape (0-d and 3-D included). x itself is never written. Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'numerical_gradient_answer': '''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    work = x.detach().reshape(-1).to(torch.float64)     # the spec's float64 x: unchanged values
    quotients = torch.zeros_like(work)
    for i in range(work.numel()):
        where = torch.tensor([i])
        up = work.scatter(0, where, work[i:i + 1] + eps)
        down = work.scatter(0, where, work[i:i + 1] - eps)
        quotients[i] = (float(f(up.reshape(x.shape))) - float(f(down.reshape(x.shape)))) / (2 * eps)
    out_dtype = x.dtype if x.is_floating_point() else torch.float64
    return quotients.to(out_dtype).reshape(x.shape)
''',
}
