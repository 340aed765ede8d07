"""Beginner slip (off-by-one in a loop model): model builds the predictions row by row with `for i in range(1, len(data))`, starting at 1, so the FIRST row has no prediction: the output has n - 1 rows. Values wrong (one row missing, 0/6), shape (n - 1, 1) instead of (n, 1) (0/2), the weight's gradient is sum(data) minus the first point and the bias's n - 1 (0/2) -> 0. The message should say the prediction has the wrong number of rows."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    predictions = []
    for i in range(1, len(data)):
        predictions.append(weight * data[i] + bias)
    return torch.stack(predictions)
''',
}
