"""Global settings at the top of the answer cells: the model cell runs warnings.filterwarnings('ignore'), torch.set_num_threads(1), torch.use_deterministic_algorithms(True) and np.seterr(all='raise') ('catch NaNs early'); the fit_GD cell turns on torch.autograd.set_detect_anomaly(True); plot_GD draws on a log scale (plt.semilogy) and plot_BGD uses plt.ion() with plt.close('all') and plt.clf() first. None of these changes what the functions compute or what the figures show: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
import warnings
warnings.filterwarnings("ignore")
torch.set_num_threads(1)
torch.use_deterministic_algorithms(True)
np.seterr(all="raise")  # catch NaNs early


def model(data, weight, bias):
    return weight * data + bias
''',
    "fit_GD_answer": '''
torch.autograd.set_detect_anomaly(True)


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)
''',
    "plot_GD_answer": '''
plt.semilogy(np.arange(1, len(loss_GD) + 1), loss_GD, "o-")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE, log scale)")
plt.title("Full-batch gradient descent")
plt.show()
''',
    "plot_BGD_answer": '''
plt.ion()
plt.close("all")
plt.clf()
plt.plot(np.arange(1, len(loss_BGD) + 1), loss_BGD, marker="o", color="tab:orange")
plt.xlabel("Epoch")
plt.ylabel("Mean batch loss (MSE)")
plt.title("Mini-batch gradient descent")
''',
}
