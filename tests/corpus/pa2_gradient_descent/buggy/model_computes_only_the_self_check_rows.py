"""junk (special-cased to the self-check's size): model computes the line for the first five rows only -- the
Part 1 self-check uses exactly five points -- and pads the rest with zeros,
torch.cat([weight * data[:5] + bias, torch.zeros_like(data[5:])]). The self-check passes (values, bias shift,
gradients sum(data) and 5). For any larger data the predictions past row 5 are 0 and carry no gradient. Values 0,
gradient 0; the output has the shape of data and follows weight, bias and data in part, so shape 2 is what it
honestly earns -> 2. The other parts are honest (the reference; the fits are judged with the grader's model)."""

EXPECTED = {"model": 2, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    """Linear model: predict weight * data + bias."""
    return torch.cat([weight * data[:5] + bias, torch.zeros_like(data[5:])])
''',
}
