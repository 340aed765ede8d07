"""value_and_grad borrows the caller's x instead of copying it: it saves x.requires_grad and x.grad, clears .grad, switches requires_grad on, runs f and backward() on x itself, takes the new .grad, then puts the saved .grad object and flag back (in a finally block). Nothing of the caller's x is left changed (values, flag, the very .grad tensor it had), two calls give the same gradient, and the gradient is autograd's: fully correct, 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    had_grad_flag, old_grad = x.requires_grad, x.grad
    x.grad = None
    x.requires_grad_(True)
    try:
        out = f(x)
        out.backward()
        grad = x.grad
    finally:
        x.grad = old_grad                 # the caller's own .grad object, as it was
        x.requires_grad_(had_grad_flag)
    return out.item(), grad
''',
}
