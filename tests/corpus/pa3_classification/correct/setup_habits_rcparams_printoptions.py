"""Notebook-wide setup pasted at the top of the first answer cell: `%matplotlib inline`, `%config InlineBackend.figure_format = "retina"`, warnings.filterwarnings("ignore"), torch.set_printoptions(precision=3, sci_mode=False), np.set_printoptions(suppress=True), plt.rcParams.update (figure size, font size, dpi, lines.linewidth 2.5, axes.grid). The answers themselves are the reference. Nothing changes what any function computes: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''%matplotlib inline
%config InlineBackend.figure_format = "retina"
import warnings
warnings.filterwarnings("ignore")
torch.set_printoptions(precision=3, sci_mode=False)
np.set_printoptions(suppress=True, precision=4)
plt.rcParams.update({"figure.figsize": (8, 4.5), "font.size": 13, "figure.dpi": 110,
                     "lines.linewidth": 2.5, "axes.grid": True})


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: z = W x + b."""
    return nn.Linear(in_features, num_classes)
''',
}
