"""Slip in a helper the later parts call (an unfamiliar API's argument order): model is written with
torch.addcmul(input, tensor1, tensor2) = input + tensor1 * tensor2, and the student passes the parameters in the
order of the model's signature, torch.addcmul(weight, data, bias): weight + data * bias, i.e. the roles of weight
and bias swapped (the slope is bias, the intercept weight). Shape (n, 1) right; values wrong; the gradient of
sum(output) is n for weight and sum(data) for bias, swapped. In the notebook both fits (the reference) call this
model through their model argument and train the swapped line without error. Only Part 1 is wrong: model values 0,
shape 2, gradient 0 -> 2; the fits, judged with the grader's model, and the plots keep full marks."""

EXPECTED = {"model": 2, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    """Linear model: predict weight * data + bias (addcmul: input + tensor1 * tensor2)."""
    return torch.addcmul(weight, data, bias)
''',
}
