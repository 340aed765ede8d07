"""TensorFlow habits: model is a Dense layer's tf.tensordot(x, W, axes=1) + b, written torch.tensordot(data, weight, dims=([1], [0])).unsqueeze(1) + bias ((n, 1) . (1,) -> (n,), back to (n, 1)); loss_func is tf.reduce_mean(tf.square(y_true - y_pred)) in torch words. fit_GD follows the GradientTape loop: grads = torch.autograd.grad(loss, trainable_variables) (tape.gradient) and a helper apply_gradients(zip(grads, variables), learning_rate) doing v.sub_(lr * g) under no_grad (optimizer.apply_gradients); no .grad buffers, so nothing to zero. fit_BGD builds a tf.data-like Dataset.from_tensor_slices((X, Y)).batch(batch_size) (a generator of consecutive slices, last one partial, made anew every epoch) and takes the epoch loss as torch.stack of the detached batch losses, .mean().item() (tf.reduce_mean). All correct: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    # Dense layer without activation: tf.tensordot(x, W, axes=1) + b
    return torch.tensordot(data, weight, dims=([1], [0])).unsqueeze(1) + bias
''',
    "loss_func_answer": r'''
def loss_func(y_pred, y_true):
    # tf.reduce_mean(tf.square(y_true - y_pred))
    return torch.mean(torch.square(y_true - y_pred))
''',
    "fit_GD_answer": r'''
def apply_gradients(grads_and_vars, learning_rate):
    """optimizer.apply_gradients(zip(grads, vars)) for plain SGD."""
    with torch.no_grad():
        for g, v in grads_and_vars:
            v.sub_(learning_rate * g)


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    W = torch.rand(1, requires_grad=True)
    b = torch.rand(1, requires_grad=True)
    trainable_variables = [W, b]
    losses = []
    for epoch in range(num_epochs):
        loss = loss_func(model(X, W, b), Y)                      # with tf.GradientTape() as tape: ...
        grads = torch.autograd.grad(loss, trainable_variables)   # tape.gradient(loss, variables)
        apply_gradients(zip(grads, trainable_variables), lr)
        losses.append(loss.item())
    return np.array(losses)
''',
    "fit_BGD_answer": r'''
class Dataset:
    """Just enough of tf.data.Dataset: from_tensor_slices((X, Y)).batch(n)."""

    def __init__(self, tensors):
        self.tensors = tensors

    @classmethod
    def from_tensor_slices(cls, tensors):
        return cls(tensors)

    def batch(self, batch_size):
        n = len(self.tensors[0])
        for start in range(0, n, batch_size):
            yield tuple(t[start:start + batch_size] for t in self.tensors)


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    W = torch.rand(1, requires_grad=True)
    b = torch.rand(1, requires_grad=True)
    dataset = Dataset.from_tensor_slices((X, Y))
    history = []
    for epoch in range(num_epochs):
        batch_losses = []
        for x_batch, y_batch in dataset.batch(batch_size):
            loss = loss_func(model(x_batch, W, b), y_batch)
            grads = torch.autograd.grad(loss, [W, b])
            apply_gradients(zip(grads, [W, b]), lr)
            batch_losses.append(loss.detach())
        history.append(torch.stack(batch_losses).mean().item())   # tf.reduce_mean
    return np.array(history)
''',
}
