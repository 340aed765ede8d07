"""The Part 4 cell starts with `%reset -f` ('start from a clean namespace', a habit from a numerics course) and then re-imports what it needs (math, numpy as np, torch, matplotlib.pyplot as plt: the setup cell's imports). The reset deletes the earlier functions (already checked at their own self-check cells) and every variable; numerical_gradient is then defined (reference recipe), and Parts 5-7 are the reference, which only need torch and plt, both re-imported. On Restart & Run All every self-check from Part 4 on passes. Full marks everywhere: the grader's own machinery in the kernel must survive a %reset of the student's namespace (or not depend on it)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    'numerical_gradient_answer': r'''
%reset -f
import math

import matplotlib.pyplot as plt
import numpy as np
import torch


def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    for i in range(x.numel()):
        step = torch.zeros_like(x).reshape(-1)
        step[i] = eps
        step = step.reshape(x.shape)
        grad.reshape(-1)[i] = (float(f(x + step)) - float(f(x - step))) / (2 * eps)
    return grad
''',
}
