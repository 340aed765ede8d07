"""A global name rebound by an earlier cell: the Part 1 cell (right, loop-free pairwise_sq_dists) ends with a little module-level demo that accumulates `sum = 0.0` in a for loop, so the builtin sum is shadowed by a float for the rest of the notebook. The student's gradient_check (Part 5) computes its norms in plain Python with math.sqrt(sum(v * v for v in ...)), so every call raises TypeError: 'float' object is not callable, in the grader as in the student's own Restart & Run All: gradient_check 0 / 10, and the message should show that TypeError. Part 1 is right and keeps 15 / 15 (the demo loop is at module level, not in the function); every other part full."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 0, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    'pairwise_sq_dists_answer': r'''
def pairwise_sq_dists(A, B):
    return ((A[:, None, :] - B[None, :, :]) ** 2).sum(dim=-1)


sum = 0.0
for row in pairwise_sq_dists(torch.randn(3, 2), torch.randn(4, 2)):
    sum += float(row.min())
print("total distance to the nearest neighbours:", sum)
''',
    'gradient_check_answer': r'''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad.reshape(-1).tolist()
    g_num = numerical_gradient(f, x.detach(), eps).reshape(-1).tolist()
    top = math.sqrt(sum((a - b) ** 2 for a, b in zip(g_auto, g_num)))
    bottom = math.sqrt(sum(a * a for a in g_auto)) + math.sqrt(sum(b * b for b in g_num))
    if bottom == 0:
        return 0.0
    return top / bottom
''',
}
