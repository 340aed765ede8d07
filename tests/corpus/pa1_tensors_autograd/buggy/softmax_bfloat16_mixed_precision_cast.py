"""ONE slip, in softmax: following a mixed-precision tip ('activations in bfloat16 halve the memory'), the
student computes the softmax in bfloat16 (z.to(torch.bfloat16)) and casts the probabilities back to z's dtype.
The max shift is there, so logits of +-1000 still give finite rows that sum to about 1 ([0.5, 0.5] exactly), and
the shape is right; but bfloat16 keeps 8 bits of mantissa (about 2-3 significant digits), so every probability
is off by up to about 4e-3 relative, and row sums drift from 1 by ~1e-3: far beyond any tolerance for a softmax
(the notebook's comparison with torch.softmax, 1e-5, catches it). Stable (4) and shape (2) kept, values (4)
lost -> 6 / 10.

Graded as the grader's rubric scores it (softmax 6 -> 2).
"""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 2, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    zb = z.to(torch.bfloat16)                               # mixed precision: half the memory
    e = torch.exp(zb - zb.max(dim=1, keepdim=True).values)
    return (e / e.sum(dim=1, keepdim=True)).to(z.dtype)
''',
}
