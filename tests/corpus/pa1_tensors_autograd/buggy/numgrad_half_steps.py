"""numerical_gradient puts its two points eps apart (x +- eps/2 along e_i) and divides by eps: a central difference, but with step eps/2, not the (f(x + eps e_i) - f(x - eps e_i)) / (2 eps) asked for. Right for a tiny eps, off for the large-eps case (the notebook's own x^3 check at eps = 0.5 gives 3.0625, caught by its 'is eps used as the step?' test). Like corpus numgrad_relative_step: central difference (4) lost, 11 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 11, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    flat = x.reshape(-1)
    for i in range(flat.numel()):
        up, down = flat.clone(), flat.clone()
        up[i] += eps / 2            # the two points are eps apart
        down[i] -= eps / 2
        grad.view(-1)[i] = (float(f(up.view_as(x))) - float(f(down.view_as(x)))) / eps
    return grad
''',
}
