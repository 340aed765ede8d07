"""The grid is made in NumPy and turned into a leaf with torch.tensor(..., requires_grad=True), float64 throughout, labels set with plt.gca(): fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "plot_derivative_answer": '''
xs = np.linspace(-3, 3, 250)
grid = torch.tensor(xs, requires_grad=True)
ys = wiggle(grid)
ys.sum().backward()
slope = grid.grad
axes = plt.gca()
axes.plot(xs, ys.detach().numpy(), label="f")
axes.plot(xs, slope.numpy(), label="f'")
axes.set_xlabel("x")
axes.set_ylabel("f and f'")
axes.set_title("autograd derivative on a grid")
axes.legend()
plt.show()
''',
    "written": '''
1. Multiply and divide each term by e^c: log sum e^{z_j} = c + log sum e^{z_j - c}. With c the largest logit every exponent is <= 0, so nothing overflows, and one term equals 1, so the sum never underflows to 0.
2. Too big an eps and the Taylor terms we drop (order eps^2) dominate; too small and the subtraction cancels almost every digit of f, leaving rounding noise divided by eps. float32 makes the second much worse. At a kink such as |x| at 0, the central difference happily reports 0 though there is no derivative.
''',
}
