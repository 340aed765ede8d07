"""Both builders assigned as lambdas to the asked names: make_linear_classifier = lambda in_features, num_classes: nn.Linear(in_features, num_classes); make_mlp = lambda d, h, k: nn.Sequential(nn.Linear(d, h), nn.Softplus(), nn.Linear(h, k)) (Softplus: an elementwise nonlinearity provided as a module). Same calls, same modules: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
make_linear_classifier = lambda in_features, num_classes: nn.Linear(in_features, num_classes)  # noqa: E731
''',
    'mlp_answer': '''
make_mlp = lambda d, h, k: nn.Sequential(nn.Linear(d, h), nn.Softplus(), nn.Linear(h, k))  # noqa: E731
''',
}
