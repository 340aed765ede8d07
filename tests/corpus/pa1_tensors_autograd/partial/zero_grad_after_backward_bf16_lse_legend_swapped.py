"""A weak student pasting idioms, three slips in three parts.
(1) log_sum_exp casts z to bfloat16 'like mixed-precision training' and casts the result back: the max shift is
there, so +-1000 give finite values (1000 is exact in bfloat16) and nothing overflows (bfloat16 has float32's
range), shape (n,) right; but 8 bits of mantissa put ordinary rows off by ~5e-3 and logits near 1000 off by up to 2
(the spacing there is 4: [[1000.3, 999.1]] gives 1000.0, not 1000.56): values (4) lost -> 6 / 10.
(2) value_and_grad follows a tutorial's loop in the order backward -> step -> zero_grad on an nn.Parameter copy
of x with an SGD optimizer: zero_grad() (set_to_none=True, the default since PyTorch 2.0) after backward wipes
the gradient, and p.grad, returned, is None. The value (taken before the step, a float) is right and x, its
requires_grad and its .grad are untouched (the step only moves the copy): gradient (6) lost -> 9 / 15.
(3) The plot's legend labels the wrong curves: the function is plotted with label "wiggle'(x) (autograd)" and
the derivative with label "wiggle(x)" (the two ax.plot lines were swapped, not their labels). The data are
right (autograd derivative, both curves), axes labelled, title; the legend names each curve as the other one:
the legend/labels criterion (1) lost -> 9 / 10.
Each part is graded on its own: softmax (reference) does not use log_sum_exp.

Graded as the grader's rubric scores it (log_sum_exp 6 -> 2; value_and_grad 9 -> 4; plot_derivative 9 -> 10).
"""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 2, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 4, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    zb = z.to(torch.bfloat16)                      # mixed precision, as in the AMP tutorial
    top = zb.max(dim=1, keepdim=True).values
    out = top + torch.log(torch.exp(zb - top).sum(dim=1, keepdim=True))
    return out.squeeze(1).to(z.dtype)
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    p = torch.nn.Parameter(x.detach().clone())
    optimizer = torch.optim.SGD([p], lr=0.1)
    loss = f(p)
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()
    return loss.item(), p.grad
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad.detach()

fig, ax = plt.subplots()
ax.plot(grid.detach(), values.detach(), label="wiggle'(x) (autograd)")
ax.plot(grid.detach(), slope, label="wiggle(x)")
ax.set(xlabel="x", ylabel="y", title="wiggle and its derivative")
ax.legend()
plt.show()
''',
}
