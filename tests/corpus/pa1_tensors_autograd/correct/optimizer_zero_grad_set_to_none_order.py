"""Correct, the training-loop recipe in the right order. value_and_grad copies x into an nn.Parameter, makes a
throw-away torch.optim.SGD([p], lr=0.0) only to use its zero_grad(set_to_none=True) BEFORE the forward pass
(zero_grad -> forward -> backward, as every tutorial loop), and returns (loss.item(), p.grad.detach().clone())
without ever stepping. The plot cell sets grid.grad = None before its backward pass (the same 'fresh gradient'
habit; harmless on a fresh grid) inside `with torch.set_grad_enabled(True):`, and draws with the pyplot API,
labels, legend, title. softmax is written fluently with method chaining (z.sub(max).exp(), then .div by the
row sums). Everything asked is done, with no side effects: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    e = z.sub(z.amax(dim=1, keepdim=True)).exp()
    return e.div(e.sum(dim=1, keepdim=True))
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    p = torch.nn.Parameter(x.detach().clone())
    opt = torch.optim.SGD([p], lr=0.0)      # never stepped: only for the zero_grad idiom
    opt.zero_grad(set_to_none=True)         # 1. clear
    loss = f(p)                             # 2. forward
    loss.backward()                         # 3. backward
    return loss.item(), p.grad.detach().clone()
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
with torch.set_grad_enabled(True):
    grid = torch.linspace(-3, 3, 200, requires_grad=True)
    grid.grad = None                        # zero_grad before backward, as in a training loop
    values = wiggle(grid)
    values.sum().backward()
slope = grid.grad.detach().clone()

plt.plot(grid.detach(), values.detach(), label="wiggle")
plt.plot(grid.detach(), slope, label="derivative of wiggle (autograd)")
plt.xlabel("x")
plt.ylabel("wiggle(x) and wiggle'(x)")
plt.title("wiggle and its autograd derivative")
plt.legend()
plt.show()
''',
}
