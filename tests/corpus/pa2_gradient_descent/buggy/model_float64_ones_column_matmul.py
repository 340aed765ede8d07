"""Dtype slip (a hard-coded float64 tensor mixed with the caller's float32): model writes the line as a design-matrix
product, [data, 1] @ [weight; bias], and makes the column of ones with dtype=torch.float64 ('for precision'):
torch.cat([data, torch.ones(len(data), 1, dtype=torch.float64)], dim=1) promotes the (n, 2) matrix to float64, and
the product with the float32 parameters raises RuntimeError 'expected m1 and m2 to have the same dtype, but got:
double != float'. With float64 data AND float64 parameters it would be right, but every input of this assignment
(float32 data and parameters, the notebook's and the grader's) makes it raise: a model that raises on valid inputs
earns nothing -> model 0. The fits are graded with the grader's model: nothing else changes."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    """Linear model as a design-matrix product [x, 1] @ [w; b]."""
    design = torch.cat([data, torch.ones(len(data), 1, dtype=torch.float64)], dim=1)
    params = torch.cat([weight, bias]).view(2, 1)
    return design @ params
''',
}
