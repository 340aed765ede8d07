"""Beginner slip (mlp): nn.Sequential(nn.Linear(d, H), nn.ReLU, nn.Linear(H, K)): the ReLU CLASS, not an instance,
so building the model raises TypeError ("torch.nn.modules.activation.ReLU is not a Module subclass"). make_mlp never
returns a model: mlp 0, message should name the TypeError. The training cell fails at make_mlp(2, 128, 3) after the
softmax regression trained; the plot is replayed with the grader's curves: every other part full."""

EXPECTED = {'linear_classifier': 10, 'mlp': 0, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(nn.Linear(in_features, hidden_units), nn.ReLU, nn.Linear(hidden_units, num_classes))
''',
}
