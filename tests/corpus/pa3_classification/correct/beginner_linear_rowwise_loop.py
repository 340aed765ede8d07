"""Beginner style (linear_classifier): softmax regression as the student's own nn.Module, written literally from z = W x + b: weight (K x d) and bias (K) as nn.Parameters (initialised with torch.randn * 0.01), and a forward that loops over the rows of the batch with a manual counter, computes W @ x_i + b for each row (x_i cloned first "so nothing changes the input"), appends it to a list and returns torch.stack(list). Each row from its own input, one affine map, d*K + K parameters: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
class MySoftmaxRegression(nn.Module):
    def __init__(self, in_features, num_classes):
        super().__init__()
        self.in_features = in_features
        self.num_classes = num_classes
        self.weight = nn.Parameter(torch.randn(num_classes, in_features) * 0.01)
        self.bias = nn.Parameter(torch.randn(num_classes) * 0.01)

    def forward(self, x):
        number_of_rows = x.shape[0]
        all_rows = []
        row_number = 0
        while row_number < number_of_rows:
            x_i = x[row_number].clone()
            z_i = self.weight @ x_i + self.bias
            all_rows.append(z_i)
            row_number += 1
        return torch.stack(all_rows)


def make_linear_classifier(in_features, num_classes):
    model = MySoftmaxRegression(in_features, num_classes)
    return model
''',
}
