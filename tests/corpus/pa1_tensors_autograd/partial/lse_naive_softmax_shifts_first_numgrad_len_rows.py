"""Two slips in two parts, each with a later part that calls it. (1) log_sum_exp is the naive log(sum(exp(z))) with no shift (as corpus lse_naive_overflow: stable lost -> 6 / 10). softmax (Part 3) calls the student's log_sum_exp, but on logits it has ALREADY shifted by their row maximum: zs = z - max, p = exp(zs - log_sum_exp(zs)[:, None]). Every shifted row has maximum 0, so even the naive LSE is finite and exact there: softmax is right for every input, +-1000 rows included: 10 / 10. (2) numerical_gradient loops over range(len(x)) and nudges x[i] (right for a vector; for a matrix or 3-D x, x[i] is a whole slice and len counts the rows only; for a 0-d x len raises; as r17 numgrad_len_instead_of_numel: 5 / 15). gradient_check is right and calls numerical_gradient; the grader swaps its own in while Part 5 runs: 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 6, "softmax": 10, "numerical_gradient": 5, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z)))."""
    return torch.exp(z).sum(dim=1).log()
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax: shift by the row maximum, then exp(zs - LSE(zs)) with my log_sum_exp."""
    zs = z - z.max(dim=1, keepdim=True).values
    return torch.exp(zs - log_sum_exp(zs)[:, None])
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    grad = torch.zeros_like(x)
    for i in range(len(x)):
        x_plus, x_minus = x.clone(), x.clone()
        x_plus[i] += eps
        x_minus[i] -= eps
        grad[i] = (float(f(x_plus)) - float(f(x_minus))) / (2 * eps)
    return grad
''',
}
