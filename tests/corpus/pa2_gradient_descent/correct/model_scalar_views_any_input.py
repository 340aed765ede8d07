"""Correct but odd-looking model that generalises beyond the spec's (n, 1) float tensors: it accepts lists or NumPy arrays (converted with torch.as_tensor in the weight's dtype and device), takes the parameters as 0-d views (weight.reshape(()), bias.reshape(())) so that one scalar w and b broadcast over data of ANY shape, extra leading dimensions included, and returns data of shape (0, 1) unchanged in form for an empty input (the broadcast handles it; an explicit early return documents it). On the spec's inputs it is exactly weight * data + bias with shape (n, 1) and gradients sum(data) and n: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    """weight * data + bias for data of any shape (a column, a batch of columns, a list)."""
    if not isinstance(data, torch.Tensor):
        data = torch.as_tensor(np.asarray(data), dtype=weight.dtype, device=weight.device)
    w = weight.reshape(())   # one number, broadcast over every element
    b = bias.reshape(())
    if data.numel() == 0:    # nothing to predict: an empty tensor of the same shape
        return data * w + b
    return w * data + b


# works on lists and on stacked batches too
print(model([[1.0], [2.0]], torch.tensor([2.0]), torch.tensor([0.5])).view(-1).tolist())
print(model(torch.ones(3, 4, 1), torch.tensor([2.0]), torch.tensor([0.5])).shape)
''',
}
