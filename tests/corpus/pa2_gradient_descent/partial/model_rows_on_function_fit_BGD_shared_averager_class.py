"""Two state slips in two parts. (1) model expands the bias to a column whose length it stores on the function the
first time it runs, `if not hasattr(model, 'rows'): model.rows = data.shape[0]`, then weight * data +
bias.expand(model.rows, 1). The self-check's two calls both have 5 rows and pass; every later call with another
number of rows (the notebook's 200 points, its batches of 10, any grader input) raises RuntimeError (size mismatch),
so run_GD and run_BGD fail in the notebook. A model that works for one size only earns nothing, like the corpus'
model_bias_column_from_global_X: model 0. (2) fit_BGD averages each epoch with a small class Averager whose list is a
CLASS attribute, `losses = []` in the class body; fit_BGD makes a new Averager() every epoch, but they all append to
the same list, so the epoch loss is the mean of every batch loss of every epoch and every call so far. Training is
right (torch.split, last batch short, one step per batch, grads zeroed): returns 6, batches 8, update 10, loss 0 -> 24.
The fits are judged with the grader's model; fit_GD and the plots are the reference."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 24, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    if not hasattr(model, "rows"):
        model.rows = data.shape[0]            # the number of points does not change
    return weight * data + bias.expand(model.rows, 1)
''',
    "fit_BGD_answer": '''
class Averager:
    losses = []

    def add(self, value):
        self.losses.append(value)

    def mean(self):
        return sum(self.losses) / len(self.losses)


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    epoch_losses = []
    for _ in range(num_epochs):
        avg = Averager()                      # a new averager for every epoch
        for x_batch, y_batch in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            loss = loss_func(model(x_batch, weight, bias), y_batch)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            avg.add(loss.item())
        epoch_losses.append(avg.mean())
    return np.array(epoch_losses)
''',
}
