"""Advanced style (linear_classifier): a dataclass holding the sizes, and an nn.Module with an nn.ParameterDict {"W": (K, d), "b": (K,)} (kaiming init through nn.init) plus a registered buffer `temperature` = 1.0 (a buffer, not a parameter); forward computes torch.linalg.vecdot(x[:, None, :], W[None]) + b divided by the temperature. One affine map, d*K + K parameters, logits: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
import math
from dataclasses import dataclass


@dataclass(frozen=True)
class LinearSpec:
    in_features: int
    num_classes: int


class SoftmaxRegression(nn.Module):
    def __init__(self, spec: LinearSpec):
        super().__init__()
        self.spec = spec
        self.params = nn.ParameterDict({
            "W": nn.Parameter(torch.empty(spec.num_classes, spec.in_features)),
            "b": nn.Parameter(torch.zeros(spec.num_classes)),
        })
        nn.init.kaiming_uniform_(self.params["W"], a=math.sqrt(5))
        self.register_buffer("temperature", torch.tensor(1.0))

    def forward(self, x):
        W, b = self.params["W"], self.params["b"]
        return (torch.linalg.vecdot(x[:, None, :], W[None, :, :]) + b) / self.temperature


def make_linear_classifier(in_features, num_classes):
    return SoftmaxRegression(LinearSpec(in_features, num_classes))
''',
}
