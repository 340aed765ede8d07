"""BEGINNER who does not trust autograd: fit_GD calls the given model and loss_func for the prediction and the loss, then computes the two derivatives of the notebook's formulas with Python for loops over the points (predictions, X and Y turned into lists with .tolist()), and rebuilds the parameters with torch.tensor([new_value]) each epoch. Each update is -lr * the MSE gradient (computed in float64 Python, which is at least as exact), and the logged loss is the loss before the update: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    w_value = 0.5
    b_value = 0.5
    x_list = X.view(-1).tolist()
    y_list = Y.view(-1).tolist()
    n = len(x_list)
    losses = []
    for epoch in range(num_epochs):
        weight = torch.tensor([w_value])
        bias = torch.tensor([b_value])
        predictions = model(X, weight, bias)
        loss = loss_func(predictions, Y)
        losses.append(loss.item())
        prediction_list = predictions.view(-1).tolist()
        # dL/dw = 2/n * sum((pred - y) * x),  dL/db = 2/n * sum(pred - y)
        sum_for_w = 0.0
        sum_for_b = 0.0
        for i in range(n):
            error = prediction_list[i] - y_list[i]
            sum_for_w = sum_for_w + error * x_list[i]
            sum_for_b = sum_for_b + error
        gradient_w = 2.0 / n * sum_for_w
        gradient_b = 2.0 / n * sum_for_b
        w_value = w_value - lr * gradient_w
        b_value = b_value - lr * gradient_b
    return np.array(losses)
''',
}
