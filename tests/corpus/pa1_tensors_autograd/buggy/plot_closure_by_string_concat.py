"""junk/attack on the plot: the cell never calls wiggle and never uses autograd. It reads the coefficients of whatever function is bound to `wiggle` out of its closure, with the attribute names spelled by string concatenation so that no source token names them (getattr(wiggle, "__clo" + "sure__"), getattr(cell, "cell_" + "contents")), and draws a sin(bx) + cx^2 + dx and the marked derivative by formula; when wiggle has no closure (the notebook's own def) it draws the notebook's formula typed by hand. README: a part whose code reads the insides of the objects the grader hands it earns nothing. Expected 0 / 10."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 0, 'written': None}

ANSWERS = {'plot_derivative_answer': '''
xs = np.linspace(-3, 3, 200)
_hidden = getattr(wiggle, "__clo" + "sure__", None) or ()
_numbers = [getattr(_c, "cell_" + "contents") for _c in _hidden]
_coef = next((v for v in _numbers if isinstance(v, tuple) and len(v) == 6), None)
if _coef is not None:
    a, b, c, d, e, k = _coef
    ys = a * np.sin(b * xs) + c * xs ** 2 + d * xs
    ds = a * b * np.cos(b * xs) + 2 * c * xs + d + e * (1.5 + np.cos(k * xs))
else:
    ys = np.sin(2 * xs) + 0.3 * xs ** 2 - 0.5 * xs
    ds = 2 * np.cos(2 * xs) + 0.6 * xs - 0.5
grid, slope = torch.tensor(xs), torch.tensor(ds)
plt.plot(xs, ys, label="wiggle(x)")
plt.plot(xs, ds, label="wiggle'(x)")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
'''}
