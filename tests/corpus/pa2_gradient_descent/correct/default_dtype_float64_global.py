"""The model cell starts with torch.set_default_dtype(torch.float64) ('more precise') and type hints with a rewritten docstring; the rest is the reference. Every tensor made later without an explicit dtype (the reference fits' torch.rand parameters, the self-checks' tensors, the grader's own probe tensors made with torch.tensor) is float64 while the notebook's X and Y stay float32; weight * data + bias promotes to float64. No part's behaviour changes: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
torch.set_default_dtype(torch.float64)  # more precise gradients


def model(data: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
    """Predict y_hat = w * x + b for every row of data (broadcasting over the rows)."""
    # YOUR CODE HERE
    y_hat = weight * data + bias
    return y_hat
''',
    "loss_func_answer": '''
def loss_func(y_pred: torch.Tensor, y_true: torch.Tensor) -> torch.Tensor:
    """MSE = mean((y_hat - y)^2), as a 0-d tensor."""
    return ((y_pred - y_true) ** 2).mean()
''',
}
