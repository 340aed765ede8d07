"""ONE slip, in value_and_grad: the student pasted the tail of a training step from a tutorial,
loss.backward(); torch.nn.utils.clip_grad_norm_(params, max_norm=1.0), with the fresh leaf as the only
'parameter'. clip_grad_norm_ rescales the gradient in place so that its norm is at most 1: any gradient of norm
above 1 comes back shrunk (for sum(x^2) at [1, -2, 3], 2x has norm 7.48 and is returned divided by 7.48), while
gradients of norm <= 1 are untouched. The value is right (Python float), the caller's x, its requires_grad and
its .grad are untouched, and two calls agree. Only the gradient is wrong (in direction right, in size wrong):
gradient (6) lost -> 9 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 9, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_(True)
    loss = f(leaf)
    loss.backward()
    torch.nn.utils.clip_grad_norm_([leaf], max_norm=1.0)   # keep gradients well-behaved
    return loss.item(), leaf.grad
''',
}
