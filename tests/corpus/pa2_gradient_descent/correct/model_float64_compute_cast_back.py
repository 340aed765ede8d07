"""model computes the line in double precision and casts the prediction back to the dtype the inputs would have
given (torch.promote_types of data, weight and bias: float32 for the notebook's float32 tensors, float64 for double
inputs): (weight.double() * data.double() + bias.double()).to(dtype). The casts are differentiable, so gradients
reach weight and bias (sum(data) and n, cast back to float32); the shape is that of data, one row included; the
values differ from the float32 expression by at most one rounding. Computed afresh at every call from the values
the tensors hold. Correct for every input the spec allows: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    """Linear model weight * data + bias, computed in float64 and returned in the inputs' own dtype."""
    dtype = torch.promote_types(data.dtype, torch.promote_types(weight.dtype, bias.dtype))
    prediction = weight.to(torch.float64) * data.to(torch.float64) + bias.to(torch.float64)
    return prediction.to(dtype)
''',
}
