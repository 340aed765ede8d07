"""Beginner style, fully correct: gradient_check deep-copies x (copy.deepcopy) twice, makes the autograd leaf by detach() and `requires_grad = True`, turns both gradients into Python lists and computes the three norms with a for loop and math.sqrt, the 0/0 case by an if; value_and_grad deep-copies x, detaches, clones, sets requires_grad, clears a .grad the copy might carry, and returns float(value.item()) and a clone of the gradient: full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'gradient_check_answer': '''
import copy

def gradient_check(f, x, eps=1e-6):
    x_for_autograd = copy.deepcopy(x)
    x_for_autograd = x_for_autograd.detach()
    x_for_autograd.requires_grad = True
    output = f(x_for_autograd)
    output.backward()
    autograd_list = x_for_autograd.grad.reshape(-1).tolist()
    x_for_numbers = copy.deepcopy(x)
    numeric_list = numerical_gradient(f, x_for_numbers, eps).reshape(-1).tolist()
    difference_squared = 0.0
    auto_squared = 0.0
    num_squared = 0.0
    for i in range(len(autograd_list)):
        difference_squared = difference_squared + (autograd_list[i] - numeric_list[i]) ** 2
        auto_squared = auto_squared + autograd_list[i] ** 2
        num_squared = num_squared + numeric_list[i] ** 2
    top = math.sqrt(difference_squared)
    bottom = math.sqrt(auto_squared) + math.sqrt(num_squared)
    if bottom == 0.0:
        return 0.0
    answer = top / bottom
    return float(answer)
''',
    'value_and_grad_answer': '''
import copy

def value_and_grad(f, x):
    my_x = copy.deepcopy(x)
    my_x = my_x.detach()
    my_x = my_x.clone()
    my_x.requires_grad_(True)
    if my_x.grad is not None:
        my_x.grad = None
    result = f(my_x)
    result.backward()
    gradient = my_x.grad
    gradient = gradient.clone()
    value = result.item()
    value = float(value)
    return value, gradient
''',
}
