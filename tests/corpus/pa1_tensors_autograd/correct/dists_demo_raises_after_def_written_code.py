"""The Part 1 cell defines a correct, loop-free pairwise_sq_dists (expansion with a matrix product, clamped) and then, at module level, tries it on mismatched points (A of width 2 against B of width 3): that demo line raises RuntimeError, but only after the def has run, so the function exists and is right. The written answer is Python code in the markdown cell (a code block with a demonstration instead of prose): hand-graded, pending. Full marks everywhere else."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    'pairwise_sq_dists_answer': r'''
def pairwise_sq_dists(A, B):
    sq_a = (A * A).sum(dim=1, keepdim=True)
    sq_b = (B * B).sum(dim=1, keepdim=True).T
    return (sq_a - 2 * A @ B.T + sq_b).clamp_min(0)


# quick try
print(pairwise_sq_dists(torch.randn(3, 2), torch.randn(4, 3)))
''',
    'written': r'''
```python
import torch
z = torch.tensor([[1000.0, 999.0]])
c = z.max(dim=1, keepdim=True).values
print(c + torch.log(torch.exp(z - c).sum(1, keepdim=True)))   # finite: 1000.3133
for eps in [1e-1, 1e-4, 1e-8, 1e-12]:
    print(eps, (abs(eps) - abs(-eps)) / (2 * eps))         # |x| at 0 -> 0, not a derivative
```
''',
}
