"""Advanced style (mlp): make_mlp returns the reference nn.Sequential(Linear, ReLU, Linear) compiled with torch.jit.script ("faster inference"): a RecursiveScriptModule, still an nn.Module with the same parameters (named 0.weight, 0.bias, 2.weight, 2.bias), the same forward, trainable by any optimizer. Fully correct (the grader has to judge it through its outputs: scripted modules do not take Python forward hooks)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
def make_mlp(in_features, hidden_units, num_classes):
    model = nn.Sequential(
        nn.Linear(in_features, hidden_units),
        nn.ReLU(),
        nn.Linear(hidden_units, num_classes),
    )
    return torch.jit.script(model)
''',
}
