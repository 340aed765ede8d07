"""Correct, shell escapes from a GPU tutorial: the Part 1 cell starts with `!nvidia-smi || echo "no GPU here"` and `!pip show torch | head -n 2` (neither needs the network; on a machine without a GPU or without pip they only print an error line, they raise nothing), then picks `device = torch.device("cuda" if torch.cuda.is_available() else "cpu")`. pairwise_sq_dists moves A and B to that device, broadcasts, and returns the result on A's device. On the CPU it is the reference computation: fully correct."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'pairwise_sq_dists_answer': '''
!nvidia-smi || echo "no GPU here"
!pip show torch | head -n 2
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print("computing on", device)


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B, on `device`."""
    a, b = A.to(device), B.to(device)
    return ((a[:, None, :] - b[None, :, :]) ** 2).sum(dim=2).to(A.device)
''',
}
