"""Beginner style, fully correct: log_sum_exp and softmax go through z.tolist() row by row with while loops and manual counters, find the row maximum by hand, use math.exp / math.log and convert back with torch.tensor(list, dtype=z.dtype); numerical_gradient rebuilds the nudged points from Python lists (flat.tolist(), one entry +-eps) with a while loop and torch.tensor(..., dtype=x.dtype). Loops are allowed outside Part 1: full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'log_sum_exp_answer': '''
def log_sum_exp(z):
    # go through the rows one at a time, like on paper
    z_list = z.tolist()
    answers = []
    row_number = 0
    while row_number < len(z_list):
        row = z_list[row_number]
        biggest = row[0]
        j = 0
        while j < len(row):
            if row[j] > biggest:
                biggest = row[j]
            j = j + 1
        total = 0.0
        j = 0
        while j < len(row):
            total = total + math.exp(row[j] - biggest)
            j = j + 1
        answers.append(biggest + math.log(total))
        row_number = row_number + 1
    result = torch.tensor(answers, dtype=z.dtype)
    return result
''',
    'softmax_answer': '''
def softmax(z):
    z_list = z.tolist()
    all_rows = []
    row_number = 0
    while row_number < len(z_list):
        row = z_list[row_number]
        biggest = max(row)
        exps = []
        j = 0
        while j < len(row):
            exps.append(math.exp(row[j] - biggest))
            j = j + 1
        total = 0.0
        for e in exps:
            total = total + e
        probabilities = []
        for e in exps:
            probabilities.append(e / total)
        all_rows.append(probabilities)
        row_number = row_number + 1
    result = torch.tensor(all_rows, dtype=z.dtype)
    return result
''',
    'numerical_gradient_answer': '''
def numerical_gradient(f, x, eps=1e-6):
    original_shape = x.shape
    x_copy = x.clone()
    flat = x_copy.reshape(-1)
    how_many = flat.numel()
    results = []
    index = 0
    while index < how_many:
        plus_list = flat.tolist()
        minus_list = flat.tolist()
        plus_list[index] = plus_list[index] + eps
        minus_list[index] = minus_list[index] - eps
        x_plus = torch.tensor(plus_list, dtype=x.dtype).reshape(original_shape)
        x_minus = torch.tensor(minus_list, dtype=x.dtype).reshape(original_shape)
        f_plus = float(f(x_plus))
        f_minus = float(f(x_minus))
        slope = (f_plus - f_minus) / (2 * eps)
        results.append(slope)
        index = index + 1
    answer = torch.tensor(results, dtype=x.dtype).reshape(original_shape)
    return answer
''',
}
