"""Beginner style, fully correct: pairwise_sq_dists clones both inputs 'to be safe', names every size, reshapes to (n, 1, d) and (1, m, d), multiplies the difference by itself, sums over dim=2, then converts the result to a Python list with .tolist() and back with torch.tensor(list). No for/while/comprehension/map: .tolist() and torch.tensor are single C calls, and the Python run does not grow with n, m. 15 / 15."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'pairwise_sq_dists_answer': '''
def pairwise_sq_dists(A, B):
    A_copy = A.clone()
    B_copy = B.clone()
    number_of_A_points = A_copy.shape[0]
    number_of_B_points = B_copy.shape[0]
    number_of_features = A_copy.shape[1]
    A_expanded = A_copy.reshape(number_of_A_points, 1, number_of_features)
    B_expanded = B_copy.reshape(1, number_of_B_points, number_of_features)
    differences = A_expanded - B_expanded
    squared_differences = differences * differences
    summed = squared_differences.sum(dim=2)
    as_python_list = summed.tolist()
    D = torch.tensor(as_python_list)
    return D
''',
}
