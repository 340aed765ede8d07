"""Correct, nn loss objects used where they fit and with the right reduction. pairwise_sq_dists builds
nn.MSELoss(reduction="none") and applies it to A[:, None, :] and B[None, :, :] expanded to (n, m, d): the
element-wise squared differences, summed over the last dimension (broadcasting, no loop). gradient_check takes
the Euclidean norms as square roots of nn.MSELoss(reduction="sum") (a sum of squares, not the default mean):
||g_auto - g_num|| = sqrt(SSE(g_auto, g_num)), ||g|| = sqrt(SSE(g, 0)); 0.0 when both vanish; a float.
With reduction="sum" these are exactly the 2-norms the formula asks for. Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
import torch.nn as nn

def pairwise_sq_dists(A, B):
    n, m, d = A.shape[0], B.shape[0], A.shape[1]
    squared_error = nn.MSELoss(reduction="none")          # element-wise (a - b)^2
    left = A[:, None, :].expand(n, m, d)
    right = B[None, :, :].expand(n, m, d)
    return squared_error(left, right).sum(dim=-1)
''',
    "gradient_check_answer": r'''
import torch.nn as nn

def gradient_check(f, x, eps=1e-6):
    sse = nn.MSELoss(reduction="sum")                     # sum of squares: the squared 2-norm
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad.detach()
    g_num = numerical_gradient(f, x.detach(), eps).to(g_auto.dtype)
    zeros = torch.zeros_like(g_auto)
    top = sse(g_auto, g_num).sqrt()
    bottom = sse(g_auto, zeros).sqrt() + sse(g_num, zeros).sqrt()
    if bottom.item() == 0.0:
        return 0.0
    return (top / bottom).item()
''',
}
