"""Slip (mlp): to plot the hidden activations later, the student registers a forward hook on the ReLU that stores them and RETURNS output.detach() (a forward hook's return value replaces the module's output). The MLP still has the asked architecture, right shape, nonlinear logits, but no gradient reaches the first layer: in the notebook only the output layer learns. Every parameter must be reached by the gradient: loses gradient (3) -> 7."""

EXPECTED = {'linear_classifier': 10, 'mlp': 7, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
activations = {}


def save_activation(module, inputs, output):
    activations["hidden"] = output.detach()
    return activations["hidden"]


def make_mlp(in_features, hidden_units, num_classes):
    model = nn.Sequential(nn.Linear(in_features, hidden_units), nn.ReLU(), nn.Linear(hidden_units, num_classes))
    model[1].register_forward_hook(save_activation)
    return model
''',
}
