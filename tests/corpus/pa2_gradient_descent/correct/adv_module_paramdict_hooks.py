"""ADVANCED with nn.Module machinery: fit_GD wraps the parameters in a small nn.Module (an nn.ParameterDict with 'weight' and 'bias', a registered buffer counting the steps) whose forward calls the given model; gradient hooks registered with register_hook only record the gradients' norms (they return None, so the gradients are unchanged); the update loops over module.named_parameters() with p.add_(p.grad, alpha=-lr) under no_grad and module.zero_grad(). fit_BGD keeps the parameters in an nn.ParameterList and uses torch.optim.SGD(params, lr=lr, foreach=True) over torch.split batches. Every update is -lr * gradient and every logged loss is taken before its step: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": r'''
import torch.nn as nn


class Line(nn.Module):
    def __init__(self, model_fn):
        super().__init__()
        self.model_fn = model_fn
        self.p = nn.ParameterDict({"weight": nn.Parameter(torch.rand(1)), "bias": nn.Parameter(torch.rand(1))})
        self.register_buffer("steps", torch.zeros((), dtype=torch.long))
        self.grad_norms = []
        for name, param in self.p.items():
            param.register_hook(lambda g, name=name: self.grad_norms.append((name, g.norm().item())))

    def forward(self, x):
        return self.model_fn(x, self.p["weight"], self.p["bias"])


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    line = Line(model)
    losses = np.empty(num_epochs)
    for epoch in range(num_epochs):
        loss = loss_func(line(X), Y)
        loss.backward()
        with torch.no_grad():
            for _, p in line.named_parameters():
                p.add_(p.grad, alpha=-lr)
            line.steps += 1
        line.zero_grad()
        losses[epoch] = loss.item()
    return losses
''',
    "fit_BGD_answer": r'''
import torch.nn as nn


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    params = nn.ParameterList([nn.Parameter(torch.rand(1)), nn.Parameter(torch.rand(1))])
    opt = torch.optim.SGD(params, lr=lr, foreach=True)
    out = []
    for _ in range(num_epochs):
        seen = []
        for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
            opt.zero_grad()
            loss = loss_func(model(xb, *params), yb)
            loss.backward()
            opt.step()
            seen.append(loss.item())
        out.append(sum(seen) / len(seen))
    return np.array(out)
''',
}
