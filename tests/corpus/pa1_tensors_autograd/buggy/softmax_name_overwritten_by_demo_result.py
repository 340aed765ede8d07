"""ONE slip in Part 3: softmax is written right (shift by the row max, normalise), but the demo at the bottom of the cell stores its result in the function's own name: `softmax = softmax(torch.tensor([[1.0, 2.0, 3.0], [1000.0, 1000.0, 999.0]]))`, then prints it. After the cell, softmax is a (2, 3) tensor, not a function, so the self-check (and every later call) fails with "'Tensor' object is not callable". Every criterion of Part 3 lost (0 / 10); the message should say that softmax is not a function (a tensor) when the part is graded, i.e. the name was overwritten."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 0, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'softmax_answer': '''
def softmax(z):
    shifted = torch.exp(z - z.max(dim=1, keepdim=True).values)
    return shifted / shifted.sum(dim=1, keepdim=True)


softmax = softmax(torch.tensor([[1.0, 2.0, 3.0], [1000.0, 1000.0, 999.0]]))
print(softmax, softmax.sum(dim=1))
''',
}
