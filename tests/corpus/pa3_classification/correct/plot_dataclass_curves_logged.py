"""Correct (plot_curves), over-engineered: the plot cell defines a @dataclass Curve(label, values, style) and a list
of two Curve objects built from train_losses and val_losses themselves (labels "training loss" / "validation loss"),
loops over them drawing each against epochs 1..n with ax.plot(..., label=curve.label), logs what it drew with the
logging module, labels the axes "epoch" and "cross-entropy loss", sets a title and a legend. Both curves are the
lists, on one axes, labelled, with axis labels, a title and a legend: train, val, labels, title, legend -> full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
import logging
from dataclasses import dataclass, field

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("pa3.plot")


@dataclass
class Curve:
    label: str
    values: list
    style: dict = field(default_factory=dict)

    @property
    def epochs(self):
        return list(range(1, len(self.values) + 1))


curves = [Curve("training loss", list(train_losses), {"color": "tab:blue"}),
          Curve("validation loss", list(val_losses), {"color": "tab:orange", "linestyle": "--"})]
fig, ax = plt.subplots(figsize=(7, 4))
for curve in curves:
    ax.plot(curve.epochs, curve.values, label=curve.label, **curve.style)
    log.info("plotted %s: %d epochs, last value %.3f", curve.label, len(curve.values), curve.values[-1])
ax.set_xlabel("epoch")
ax.set_ylabel("cross-entropy loss")
ax.set_title("MLP (128 hidden units): training vs validation loss")
ax.legend()
plt.show()
''',
}
