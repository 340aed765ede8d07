"""fit_BGD returns a made-up decreasing curve of the right length (geometric decay from the first loss) after computing one loss, without ever updating the parameters. A fit that does not train earns nothing -> 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.ones(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    first = loss_func(model(X, weight, bias), Y).item()
    return np.array([first * 0.5 ** epoch for epoch in range(num_epochs)])
''',
}
