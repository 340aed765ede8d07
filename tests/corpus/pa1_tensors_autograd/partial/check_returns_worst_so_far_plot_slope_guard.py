"""Two stateful slips in two parts.
(1) gradient_check keeps the worst error seen so far on the function object (gradient_check.worst, set to 0.0
after the def) 'like a test suite's summary', and RETURNS that running maximum instead of this call's error.
The notebook's self-check checks a right gradient first (tiny) and the wrong one second (1/3): both pass. After
any wrong gradient, every later check, right or wrong, reports at least that error: a right gradient checked
after a wrong one is reported as wrong, and a wrong one after a worse one gets the worse one's number. The
value returned depends on the history of calls, not on (f, x): right gradient (4) and wrong gradient (6) both
lost as soon as a check has failed once: 0 / 10.
(2) The plot cell guards the autograd work with `if "slope" not in globals():` ('the derivative is already
computed, do not redo it'), building grid and slope only on the first run; the drawing below it always runs.
In one top-to-bottom run it is right and the self-check passes. But the notebook says 'The grader re-runs your
cell with a different wiggle': on a re-run, slope and grid are the OLD wiggle's derivative and grid, while
the function curve is drawn as wiggle(grid) with the new wiggle. Function (3), labels (1), title (1) kept;
derivative (5) lost: 5 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 0, "value_and_grad": 15, "plot_derivative": 5, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one (worst so far)."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    error = 0.0 if denominator == 0 else float(torch.linalg.norm(g_auto - g_num) / denominator)
    gradient_check.worst = max(gradient_check.worst, error)
    return gradient_check.worst


gradient_check.worst = 0.0
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
if "slope" not in globals():            # the derivative is computed once
    grid = torch.linspace(-3, 3, 200, requires_grad=True)
    wiggle(grid).sum().backward()
    slope = grid.grad
xs = grid.detach()
plt.plot(xs, wiggle(xs), label="wiggle(x)")
plt.plot(xs, slope, label="wiggle'(x), autograd")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
