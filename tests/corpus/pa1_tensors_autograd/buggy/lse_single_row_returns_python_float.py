"""ONE slip in log_sum_exp, visible only for one row: stable (row max, keepdim) and right, but 'one row gives one
number', so when z has a single row the student returns result.item(), a Python float, instead of a tensor of shape
(1,) (a NumPy habit of unwrapping 1-element results). The docstring asks for a tensor of shape (n,) for every n.
Values and stability right everywhere (a float holds the right number); as corpus lse_squeeze_single_row (0-d
tensor for one row): shape (2) lost -> 8 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 8, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    top = z.max(dim=1, keepdim=True).values
    result = (top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))).squeeze(1)
    if result.numel() == 1:
        return result.item()   # one row: just the number
    return result
''',
}
