"""Correct, with a silent cast in the RESULT only: numerical_gradient nudges float64 clones of x (x's own dtype, as the hint asks: 'keep its dtype: these checks need float64, because in float32 the rounding error of f, divided by 2 eps, swamps the answer'), evaluates f at both points, takes each central difference in Python floats (double precision), collects the quotients in a list and returns torch.tensor(slopes).reshape(x.shape). torch.tensor of Python floats uses the DEFAULT dtype, so the gradient comes back as float32: each finished quotient is rounded by at most 6e-8 of itself. The danger the hint warns about (float32 copies, where x + 1e-6 rounds and the difference of f is noise; corpus numgrad_float32_copies) does not happen here: every difference is formed in float64. The docstring asks for a 'tensor shaped like x' (it is, 0-d and 3-D included, via the flat clones) whose entries are the central differences (they are, to float32 rounding, which is what the self-check's comparisons allow); x is never touched. Full marks: 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    slopes = []                                   # one Python float per entry of x
    for i in range(x.numel()):
        up = x.detach().clone().reshape(-1)       # float64 copies, like x
        down = x.detach().clone().reshape(-1)
        up[i] += eps
        down[i] -= eps
        slopes.append((float(f(up.reshape(x.shape))) - float(f(down.reshape(x.shape)))) / (2 * eps))
    return torch.tensor(slopes).reshape(x.shape)
''',
}
