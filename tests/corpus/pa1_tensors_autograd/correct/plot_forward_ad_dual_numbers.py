"""Correct, forward-mode autograd with dual numbers: the plot cell uses torch.autograd.forward_ad: inside fwAD.dual_level() it makes a dual tensor from a float64 grid of 200 points with a tangent of ones, evaluates wiggle on it once, and reads primal (the values) and tangent (every derivative wiggle'(x_i), since wiggle acts entry by entry) with fwAD.unpack_dual. That is autograd's derivative (forward mode), no formula typed by hand. Both curves, axis labels, title, legend. Fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
import torch.autograd.forward_ad as fwAD

grid = torch.linspace(-3.0, 3.0, 200, dtype=torch.float64)
with fwAD.dual_level():
    dual = fwAD.make_dual(grid, torch.ones_like(grid))     # tangent 1 at every point
    unpacked = fwAD.unpack_dual(wiggle(dual))
    values, slope = unpacked.primal.clone(), unpacked.tangent.clone()

plt.plot(grid, values, label="wiggle(x)")
plt.plot(grid, slope, label="wiggle'(x) (forward-mode autograd)")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
