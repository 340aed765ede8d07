"""ONE slip in the plot, a function hard-coded from the notebook: the derivative is autograd's (a leaf grid of 200 points, wiggle(grid).sum().backward(), slope = grid.grad, stored as asked), but the FUNCTION curve is drawn from a NumPy copy of the notebook's formula, np.sin(2 x) + 0.3 x^2 - 0.5 x, 'because matplotlib wants arrays'. With the notebook's wiggle the figure is perfect and the self-check (which checks slope) passes. Exposed by: any other wiggle (the notebook says the grader re-runs the cell with a different one): the derivative curve follows it, the function curve stays the old formula. Derivative 5, labels 1 and title 1 earned (a curve of the new wiggle is on the figure); the function curve of the wiggle being plotted is not: 3 lost -> 7 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 7, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
grid = torch.linspace(-3, 3, 200, requires_grad=True)
wiggle(grid).sum().backward()
slope = grid.grad

xs = grid.detach().numpy()
ys = np.sin(2 * xs) + 0.3 * xs ** 2 - 0.5 * xs      # the function, as arrays for matplotlib
plt.plot(xs, ys, label="wiggle(x)")
plt.plot(xs, slope.numpy(), label="wiggle'(x) (autograd)")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
