"""Three slips in three parts, and a stub a later part calls. (1) pairwise_sq_dists returns the distances, not their squares (a .sqrt() at the end; as corpus dists_not_squared: values lost -> 7 / 15). (2) log_sum_exp is left as the template stub: 0 / 10. softmax (Part 3) calls the student's log_sum_exp, but inside try / except NotImplementedError, falling back to torch.logsumexp(z, dim=1) when Part 2 is not written: its values are exp(z - LSE) with a stable LSE, right everywhere: 10 / 10 (the stub costs Part 2 only). (3) The plot has no title (as corpus plot_no_title: 9 / 10)."""

EXPECTED = {"pairwise_sq_dists": 7, "log_sum_exp": 0, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 9, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    diff = A.unsqueeze(1) - B.unsqueeze(0)          # (n, m, d)
    return (diff ** 2).sum(dim=2).sqrt()
''',
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax as exp(z - LSE(z))."""
    try:
        lse = log_sum_exp(z)                    # my Part 2 (not finished yet)
    except NotImplementedError:
        lse = torch.logsumexp(z, dim=1)         # until then, torch's
    return torch.exp(z - lse[:, None])
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad
plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope, label="wiggle'(x)")
plt.xlabel("x")
plt.ylabel("y")
plt.legend()
plt.show()
''',
}
