"""Slip (linear_classifier, float64/float32 mixing): "for precision" the student builds nn.Linear(in_features, num_classes, dtype=torch.float64), but the inputs are float32, so every forward raises RuntimeError (mat1 and mat2 must have the same dtype). Nothing can be judged from outputs: linear_classifier 0, and the message should name the dtype mismatch. (The notebook's self-check and training fail the same way.)"""

EXPECTED = {'linear_classifier': 0, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
def make_linear_classifier(in_features, num_classes):
    return nn.Linear(in_features, num_classes, dtype=torch.float64)
''',
}
