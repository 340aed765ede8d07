"""Two slips in two parts, both from handling sizes and orders.
(1) pairwise_sq_dists (integer division): to halve the memory of the (n, m, d) difference the student splits A into two blocks of rows, h = n // 2, A[:h] and A[h:2*h], and concatenates the two blocks' distances. For odd n the last point of A is dropped: shape (n - 1, m), and for n = 1 an empty (0, m) tensor. Right for even n, wrong shape and a missing row for every odd n (the notebook's self-check, with n = 5, catches it). Values (8) and shape (3) lost, no loops (4) kept -> 4 / 15.
(2) numerical_gradient (a shuffled order, the targets not shuffled the same way): it visits the entries in an order from torch.randperm but stores each central difference at the loop COUNTER k instead of the entry i it belongs to. Every number is a right central difference, but they land at random positions (a new permutation at each call); right only for a 1-entry x or by luck. Values (6) lost; shape (3), the central quotient (4) and x untouched (2) kept -> 9 / 15.
gradient_check calls numerical_gradient and is otherwise the reference; it is graded with the grader's own numerical_gradient (a bug there costs Part 4 only): 10.

Graded as the grader's rubric scores it (numerical_gradient 9 -> 4): the entries land in other places at every call on the same f and x, so the answer has no substance and its form is not credited either; the message says so.
"""

EXPECTED = {'pairwise_sq_dists': 4, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 4, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    # two blocks of rows, to halve the peak memory of the (n, m, d) difference
    h = A.shape[0] // 2
    top = ((A[:h, None, :] - B[None, :, :]) ** 2).sum(dim=-1)
    bottom = ((A[h:2 * h, None, :] - B[None, :, :]) ** 2).sum(dim=-1)
    return torch.cat([top, bottom], dim=0)
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    n = x.numel()
    grad = torch.zeros(n, dtype=x.dtype)
    for k, i in enumerate(torch.randperm(n).tolist()):    # entries in a random order
        step = torch.zeros(n, dtype=x.dtype)
        step[i] = eps
        step = step.reshape(x.shape)
        grad[k] = (float(f(x + step)) - float(f(x - step))) / (2 * eps)
    return grad.reshape(x.shape)
''',
}
