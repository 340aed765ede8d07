"""Colab / Jupyter habits in the model cells: the linear cell starts with %load_ext autoreload, %autoreload 2,
!nvidia-smi (no GPU here: the shell prints "command not found"), %pip show torch and !python --version (nothing
reaches the network), ends with `%time _demo = make_linear_classifier(2, 3)` and %who; the MLP cell ends with
`%time` on a forward pass of a fresh MLP. Both builders are the reference: full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
%load_ext autoreload
%autoreload 2
!nvidia-smi
%pip show torch
!python --version


def make_linear_classifier(in_features, num_classes):
    return nn.Linear(in_features, num_classes)


%time _demo = make_linear_classifier(2, 3)
%who
''',
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(
        nn.Linear(in_features, hidden_units),
        nn.ReLU(),
        nn.Linear(hidden_units, num_classes),
    )


%time _out = make_mlp(2, 128, 3)(torch.randn(500, 2))
print(_out.shape)
''',
}
