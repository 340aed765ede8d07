"""numerical_gradient decorated with @torch.no_grad(), working on a float64 flat copy: each nudged point is made out of place with index_add (one index, +eps or -eps), f's two values subtracted as tensors and turned into a float with .item(), the result from empty_like viewed back to x's shape and dtype: fully correct."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'numerical_gradient_answer': r'''
@torch.no_grad()
def numerical_gradient(f, x, eps=1e-6):
    """Central differences, one coordinate at a time, on out-of-place copies of x."""
    flat = x.reshape(-1).to(torch.float64)
    out = torch.empty_like(flat)
    for i in range(flat.numel()):
        where = torch.tensor([i])
        up = flat.index_add(0, where, flat.new_tensor([eps]))
        down = flat.index_add(0, where, flat.new_tensor([-eps]))
        out[i] = (f(up.view(x.shape)) - f(down.view(x.shape))).item() / (2.0 * eps)
    return out.view(x.shape).to(x.dtype)
''',
}
