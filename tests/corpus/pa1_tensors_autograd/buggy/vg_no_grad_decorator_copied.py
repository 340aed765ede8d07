"""ONE slip in value_and_grad: the student copied the @torch.no_grad() decorator from their numerical_gradient habit onto value_and_grad. Under no_grad, f(leaf) records no graph, so value.backward() raises 'element 0 of tensors does not require grad and does not have a grad_fn' on every call: nothing is returned. 0 / 15, and the message should show that error (ideally naming no_grad)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 0, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
@torch.no_grad()
def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_(True)
    value = f(leaf)
    value.backward()
    return value.item(), leaf.grad
''',
}
