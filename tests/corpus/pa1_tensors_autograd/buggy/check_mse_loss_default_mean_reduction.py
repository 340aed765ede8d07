"""ONE slip, in gradient_check: the student measures ||g_auto - g_num|| with a loss object from a regression
tutorial, torch.sqrt(nn.MSELoss()(g_auto, g_num)), and the norms in the denominator with
torch.linalg.norm. nn.MSELoss() defaults to reduction='mean', so the numerator is the ROOT-MEAN-square
difference, ||g_auto - g_num|| / sqrt(n): the relative error is shrunk by sqrt(n), the number of entries of x.
For a right gradient it is still ~1e-10 (passes), and the notebook's self-check on 3 entries and a gradient
wrong by a factor 2 gets 1/(3 sqrt 3) = 0.19 instead of 1/3 and passes (0.1 < 0.19 < 1); but on 100 entries a gradient wrong by a factor of 2
everywhere reports 0.033 instead of 1/3, and the larger x, the smaller any error looks. Right
gradient (4) kept, wrong gradient (6) lost -> 4 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 4, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
import torch.nn as nn

def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    diff = torch.sqrt(nn.MSELoss()(g_auto, g_num))          # ||g_auto - g_num||
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(diff / denominator)
''',
}
