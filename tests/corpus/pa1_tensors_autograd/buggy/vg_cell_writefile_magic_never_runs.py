"""ONE slip with a cell magic: the student wanted to keep value_and_grad for later assignments and put `%%writefile pa1_autograd.py` on the first line of the Part 6 cell. %%writefile writes the cell's text to a file and does NOT run it, so value_and_grad is never defined in the notebook (its self-check raises NameError; if the file system is read-only the magic itself fails, with the same result). The code in the file would be right. Every criterion of Part 6 lost: 0 / 15; the message should say value_and_grad is not defined (ideally pointing at %%writefile). The plot does not use it."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 0, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'value_and_grad_answer': '''
%%writefile pa1_autograd.py
import torch


def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_(True)
    value = f(leaf)
    value.backward()
    return value.item(), leaf.grad
''',
}
