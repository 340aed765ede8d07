"""Correct, memory-minded batching: log_sum_exp and softmax process the rows in blocks of 50 with torch.split (the last block takes what is left: 128 rows are 50 + 50 + 28, 3 rows a single block of 3, one row a block of 1), each block shifted by its own rows' maxima, and concatenate the blocks with torch.cat. Loops over row blocks are fine in Parts 2 and 3 (only Part 1 forbids loops), and every row is treated exactly as the reference treats it. Right shapes (n,) and (n, k) for any n and k. Full marks for both."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'log_sum_exp_answer': '''
ROWS_PER_BLOCK = 50   # a big batch is handled 50 rows at a time


def _lse_block(block):
    top = block.max(dim=1, keepdim=True).values
    return top[:, 0] + torch.log(torch.exp(block - top).sum(dim=1))


def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    return torch.cat([_lse_block(block) for block in torch.split(z, ROWS_PER_BLOCK, dim=0)])
''',
'softmax_answer': '''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    blocks = []
    for block in z.split(ROWS_PER_BLOCK, dim=0):
        weights = (block - block.max(dim=1, keepdim=True).values).exp()
        blocks.append(weights / weights.sum(dim=1, keepdim=True))
    return torch.cat(blocks, dim=0)
''',
}
