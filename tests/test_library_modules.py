"""autograder.library.probe_modules (kernel side) and .modules (judge side): a builder of an nn.Module
classifier, judged by what its module computes with grader-chosen parameters."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from torch import nn

from autograder.library.modules import _gap, batch, judge_builder, structure
from autograder.library.points import Scale
from autograder.library.probe_modules import probe_builder, randomise

WEIGHTS = {"shape": 3, "structure": 4, "gradient": 3}


def roundtrip(value):
    return json.loads(json.dumps(value, default=repr))


def linear_cases(rng):
    return [{"args": [d, c], "x": batch(rng, 6, d), "seed": int(rng.integers(1 << 30)), "classes": c,
             "params": d * c + c} for d, c in ((2, 3), (4, 5))]


def mlp_cases(rng):
    return [{"args": [d, h, c], "x": batch(rng, 8, d), "seed": int(rng.integers(1 << 30)), "classes": c,
             "params": d * h + h + h * c + c, "hidden": h} for d, h, c in ((2, 9, 3), (3, 5, 4))]


def judged(builder, cases, *, affine):
    inputs = {"cases": cases}
    data = roundtrip(probe_builder({"make": builder}, "make", roundtrip(inputs)))
    return {c.name: c for c in judge_builder("make", inputs, data, Scale(10, WEIGHTS), affine=affine)}


def lost(criteria):
    return {name for name, c in criteria.items() if c.earned < c.points}


class Frozen(nn.Module):
    def __init__(self, d, c):
        super().__init__()
        self.layer = nn.Linear(d, c)
        self.layer.bias.requires_grad_(False)

    def forward(self, x):
        return self.layer(x)


class IgnoresLayers(nn.Module):
    """Has the right parameters, but computes with a fixed matrix of its own."""

    def __init__(self, d, c):
        super().__init__()
        self.layer = nn.Linear(d, c)
        self.fixed = torch.linspace(-1, 1, d * c).reshape(d, c)

    def forward(self, x):
        return x @ self.fixed + 0 * self.layer(x)


class InPlaceAfterSigmoid(nn.Module):
    """An MLP whose hidden sigmoid output is changed in place: backward() raises."""

    def __init__(self, d, h, c):
        super().__init__()
        self.hidden, self.out = nn.Linear(d, h), nn.Linear(h, c)

    def forward(self, x):
        h = torch.sigmoid(self.hidden(x))
        h.mul_(2.0)  # sigmoid's backward needs its output as it was
        return self.out(h)


class NoGradForward(nn.Module):
    """Uses its layer, but under torch.no_grad(): its output is cut off from autograd."""

    def __init__(self, d, c):
        super().__init__()
        self.layer = nn.Linear(d, c)

    def forward(self, x):
        with torch.no_grad():
            return self.layer(x)


class ColumnPerExample(nn.Module):
    """Softmax regression whose logits come out transposed, (classes, n)."""

    def __init__(self, d, c):
        super().__init__()
        self.layer = nn.Linear(d, c)

    def forward(self, x):
        return self.layer(x).T


def test_batch_ends_with_the_midpoints_of_its_first_two_thirds():
    rows = np.asarray(batch(np.random.default_rng(0), 4, 3))
    assert rows.shape == (12, 3) and np.allclose(rows[8:], (rows[:4] + rows[4:8]) / 2, atol=1e-6)


def test_randomise_sets_parameters_from_the_seed_whatever_the_initialisation():
    first, second = nn.Linear(3, 2), nn.Linear(3, 2)
    randomise(list(first.parameters()), 7), randomise(list(second.parameters()), 7)
    assert all(torch.equal(a, b) for a, b in zip(first.parameters(), second.parameters()))


@pytest.mark.parametrize("builder", [
    lambda d, c: nn.Linear(d, c),
    lambda d, c: nn.Sequential(nn.Flatten(), nn.Linear(d, c)),
    lambda d, c: nn.Sequential(nn.Linear(d, c), nn.LogSoftmax(dim=1)),
], ids=["linear", "sequential", "log_probabilities"])
def test_any_softmax_regression_earns_full_marks(builder):
    assert lost(judged(builder, linear_cases(np.random.default_rng(1)), affine=True)) == set()


@pytest.mark.parametrize("seed", range(4))
def test_lazy_layers_earn_full_marks(seed):
    """nn.LazyLinear takes its input size from the first call: the probe makes that call first."""
    rng = np.random.default_rng(seed)
    linear = judged(lambda d, c: nn.LazyLinear(c), linear_cases(rng), affine=True)
    mlp = judged(lambda d, h, c: nn.Sequential(nn.LazyLinear(h), nn.ReLU(), nn.LazyLinear(c)), mlp_cases(rng), affine=False)
    assert lost(linear) == set() and lost(mlp) == set()


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("activation", [nn.ReLU, nn.Tanh, nn.Sigmoid, nn.Softplus])
def test_any_mlp_earns_full_marks(activation, seed):
    """Whatever the nonlinearity and the cases drawn (non-negative hidden units included)."""
    builder = lambda d, h, c: nn.Sequential(nn.Linear(d, h), activation(), nn.Linear(h, c))  # noqa: E731
    assert lost(judged(builder, mlp_cases(np.random.default_rng(seed)), affine=False)) == set()


class SomeBentUnits(nn.Module):
    """A hidden layer whose nonlinearity reaches its first ``units`` units only; the others pass through."""

    def __init__(self, d, h, c, bend, units=1):
        super().__init__()
        self.hidden, self.out, self.bend, self.units = nn.Linear(d, h), nn.Linear(h, c), bend, units

    def forward(self, x):
        a = self.hidden(x)
        return self.out(torch.cat([self.bend(a[:, :self.units]), a[:, self.units:]], dim=1))


class NonlinearWhenEvaluated(nn.Module):
    """A ReLU only when not training: it trains as two linear layers."""

    def __init__(self, d, h, c):
        super().__init__()
        self.hidden, self.out = nn.Linear(d, h), nn.Linear(h, c)

    def forward(self, x):
        a = self.hidden(x)
        return self.out(a if self.training else torch.relu(a))


@pytest.mark.parametrize("seed", range(4))
def test_a_nonlinearity_in_evaluation_mode_only_loses_the_structure_and_dropout_does_not(seed):
    cases = mlp_cases(np.random.default_rng(seed))
    switched = judged(lambda d, h, c: NonlinearWhenEvaluated(d, h, c), cases, affine=False)
    assert lost(switched) == {"structure"} and "in training mode" in switched["structure"].message
    dropout = judged(lambda d, h, c: nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Dropout(0.3), nn.Linear(h, c)),
                     cases, affine=False)
    assert lost(dropout) == set(), {n: c.message for n, c in dropout.items()}


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("bend", [torch.relu, torch.tanh], ids=["relu", "tanh"])
@pytest.mark.parametrize("units", [1, 2], ids=["one-unit", "two-units"])
def test_a_nonlinearity_on_some_hidden_units_loses_the_structure_whatever_the_draw(bend, seed, units):
    """Not affine, yet a few bent units beside linear ones are softmax regression plus those units
    (with 4 classes a real hidden layer bends the logits along 3 directions, two bent units along 2)."""
    criteria = judged(lambda d, h, c: SomeBentUnits(d, h, c, bend, units), mlp_cases(np.random.default_rng(seed)),
                      affine=False)
    message = criteria["structure"].message
    assert lost(criteria) == {"structure"} and "only, where a hidden layer of " in message, message
    assert "some hidden units only" in message


class DropoutAlwaysOn(nn.Module):
    def __init__(self, d, h, c):
        super().__init__()
        self.hidden, self.out = nn.Linear(d, h), nn.Linear(h, c)

    def forward(self, x):
        return self.out(nn.functional.dropout(torch.relu(self.hidden(x)), p=0.2))  # training=True by default


class OutputLayerMadeInForward(nn.Module):
    def __init__(self, d, h, c):
        super().__init__()
        self.hidden, self.classes = nn.Linear(d, h), c

    def forward(self, x):
        h = torch.relu(self.hidden(x))
        return nn.Linear(h.shape[1], self.classes)(h)


class RandomLogits(nn.Module):
    def __init__(self, d, h, c):
        super().__init__()
        self.hidden, self.out = nn.Linear(d, h), nn.Linear(h, c)

    def forward(self, x):
        return torch.randn(x.shape[0], self.out.out_features) + 0 * self.out(torch.relu(self.hidden(x)))


@pytest.mark.parametrize("model,says", [
    (DropoutAlwaysOn, "draws random numbers in evaluation mode (torch.randn..., or F.dropout without training=self.training"),
    (OutputLayerMadeInForward, "a layer created inside forward() (nn.Linear(...)(h)) is not registered"),
    (RandomLogits, "draws random numbers in evaluation mode"),
], ids=["dropout-always-on", "layer-made-in-forward", "random-logits"])
def test_logits_that_change_between_two_calls_earn_nothing_and_say_why(model, says):
    criteria = judged(model, mlp_cases(np.random.default_rng(0)), affine=False)
    assert sum(c.earned for c in criteria.values()) == 0
    assert all(says in c.message for c in criteria.values()), {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("act", [nn.ReLU, nn.LeakyReLU, nn.Tanh, nn.Sigmoid, nn.ELU, nn.Hardtanh])
def test_every_real_hidden_layer_keeps_the_structure(act, seed):
    criteria = judged(lambda d, h, c: nn.Sequential(nn.Linear(d, h), act(), nn.Linear(h, c)),
                      mlp_cases(np.random.default_rng(seed)), affine=False)
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("builder,affine,criterion,says", [
    (lambda d, h, c: nn.Sequential(nn.Linear(d, h), nn.Linear(h, c)), False, "structure", "collapse into one"),
    (lambda d, h, c: nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Linear(h, c), nn.Softmax(dim=1)), False,
     "structure", "returns probabilities"),
    (lambda d, h, c: nn.Sequential(nn.Linear(d, h, bias=False), nn.ReLU(), nn.Linear(h, c)), False,
     "structure", "parameters;"),
    (lambda d, h, c: nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Linear(h, c), nn.ReLU()), False,
     "structure", "never negative"),
    (lambda d, h, c: nn.Sequential(nn.Linear(d, h), nn.Tanh(), nn.Linear(h, c), nn.Softplus()), False,
     "structure", "never negative"),
    (lambda d, c: Frozen(d, c), True, "gradient", "do not require grad"),
    (lambda d, c: NoGradForward(d, c), True, "gradient", "must not run under torch.no_grad()"),
    (lambda d, h, c: InPlaceAfterSigmoid(d, h, c), False, "gradient", "backward() through the output raised"),
    (lambda d, c: nn.Sequential(nn.Linear(d, c), nn.Flatten(0)), True, "shape", "should return logits of shape"),
    (lambda d, c: ColumnPerExample(d, c), True, "shape", "should return logits of shape"),
    (lambda d, c: nn.Sequential(nn.Linear(d, c), nn.LogSoftmax(dim=0)), True, "structure",
     "change with the other examples of its batch"),
    (lambda d, h, c: nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Linear(h, c), nn.Softmax(dim=0)), False,
     "structure", "change with the other examples of its batch"),
], ids=["no-nonlinearity", "probabilities", "no-hidden-bias", "relu-after-output", "softplus-output", "frozen",
        "forward-under-no-grad", "in-place-after-sigmoid", "flattened", "transposed", "log-softmax-over-the-batch", "softmax-over-the-batch"])
def test_each_model_bug_loses_its_own_criterion(builder, affine, criterion, says):
    cases = linear_cases(np.random.default_rng(3)) if affine else mlp_cases(np.random.default_rng(3))
    criteria = judged(builder, cases, affine=affine)
    assert lost(criteria) == {criterion} and says in criteria[criterion].message


def test_logits_blind_to_the_inputs_earn_nothing_for_their_form():
    class Constant(nn.Module):
        def __init__(self, d, c):
            super().__init__()
            self.bias = nn.Parameter(torch.zeros(c))

        def forward(self, x):
            return self.bias.expand(len(x), -1) + 0 * x.sum()

    criteria = judged(lambda d, c: Constant(d, c), linear_cases(np.random.default_rng(4)), affine=True)
    assert sum(c.earned for c in criteria.values()) == 0
    assert "not earned" in criteria["shape"].message


def test_logits_blind_to_the_parameters_earn_nothing_for_their_form():
    """A module that registers the right layers but computes with a fixed matrix cannot be
    trained: it is not a classifier of that kind, whatever its output's shape."""
    criteria = judged(lambda d, c: IgnoresLayers(d, c), linear_cases(np.random.default_rng(4)), affine=True)
    assert sum(c.earned for c in criteria.values()) == 0
    assert "stayed the same when parameters changed" in criteria["structure"].message


class LayersInAList(nn.Module):
    """Right computation, but its layers sit in a plain list: nn.Module registers none of them."""

    def __init__(self, d, h, c):
        super().__init__()
        self.layers = [nn.Linear(d, h), nn.ReLU(), nn.Linear(h, c)]

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


def test_a_model_whose_layers_are_not_registered_is_told_why_it_cannot_train():
    criteria = judged(lambda d, h, c: LayersInAList(d, h, c), mlp_cases(np.random.default_rng(6)), affine=False)
    assert sum(c.earned for c in criteria.values()) == 0
    assert "no parameters at all" in criteria["structure"].message and "nn.ModuleList" in criteria["structure"].message


class WrongWidth(nn.Module):
    """An MLP whose last layer maps to hidden_units columns, not num_classes (a copy-paste slip)."""

    def __init__(self, d, h, c):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Linear(h, h))

    def forward(self, x):
        return self.net(x)


def test_logits_of_the_wrong_width_lose_the_shape_and_structure_only():
    criteria = judged(lambda d, h, c: WrongWidth(d, h, c), mlp_cases(np.random.default_rng(7)), affine=False)
    assert lost(criteria) == {"shape", "structure"}, {n: c.message for n, c in criteria.items()}


def test_a_builder_that_returns_no_module_or_raises_earns_nothing():
    no_module = judged(lambda d, c: "linear", linear_cases(np.random.default_rng(5)), affine=True)
    assert sum(c.earned for c in no_module.values()) == 0 and "should return an nn.Module" in no_module["shape"].message
    raises = judged(lambda d, c: 1 / 0, linear_cases(np.random.default_rng(5)), affine=True)
    assert "make raised ZeroDivisionError" in raises["shape"].message


class NoiseFed(nn.Module):
    """Registers a real MLP but feeds it noise shaped like the input."""

    def __init__(self, d, h, c):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Linear(h, c))

    def forward(self, x):
        return self.net(torch.randn_like(x))


class Dropped(nn.Module):
    """A right MLP with dropout: random in training mode only."""

    def __init__(self, d, h, c):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Dropout(0.5), nn.Linear(h, c))

    def forward(self, x):
        return self.net(x)


@pytest.mark.parametrize("seed", range(3))
def test_a_model_fed_noise_instead_of_its_input_earns_nothing(seed):
    criteria = judged(NoiseFed, mlp_cases(np.random.default_rng(seed)), affine=False)
    assert sum(c.earned for c in criteria.values()) == 0
    assert "random numbers" in " ".join(c.message for c in criteria.values())


@pytest.mark.parametrize("seed", range(3))
def test_a_model_with_dropout_is_not_taken_for_noise(seed):
    criteria = judged(Dropped, mlp_cases(np.random.default_rng(seed)), affine=False)
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


class ReluOnTheInput(nn.Module):
    """Two linear layers after a ReLU of the input: one linear map of relu(x)."""

    def __init__(self, d, h, c):
        super().__init__()
        self.fc1, self.fc2 = nn.Linear(d, h), nn.Linear(h, c)

    def forward(self, x):
        return self.fc2(self.fc1(torch.relu(x)))


class TanhThenRelu(nn.Module):
    """A right MLP whatever its nonlinearities (here two, one of them on the input)."""

    def __init__(self, d, h, c):
        super().__init__()
        self.fc1, self.fc2 = nn.Linear(d, h), nn.Linear(h, c)

    def forward(self, x):
        return self.fc2(torch.tanh(self.fc1(torch.relu(x))))


@pytest.mark.parametrize("seed", range(6))
def test_a_relu_on_the_input_instead_of_between_the_layers_loses_the_structure(seed):
    criteria = judged(ReluOnTheInput, mlp_cases(np.random.default_rng(seed)), affine=False)
    assert lost(criteria) == {"structure"}, {n: c.message for n, c in criteria.items()}
    assert "acts on the input" in criteria["structure"].message


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("module", [TanhThenRelu, Dropped])
def test_a_hidden_nonlinearity_is_found_on_positive_inputs_too(seed, module):
    criteria = judged(module, mlp_cases(np.random.default_rng(seed)), affine=False)
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}



def test_affine_over_positive_rows_costs_the_structure_only_if_also_constant_over_negative_ones():
    """A real hidden layer can keep every unit on over the positive rows (about 1 case in 500);
    a ReLU of the input is, besides, constant over the negative rows."""
    from autograder.library.modules import structure

    rng = np.random.default_rng(0)
    case = {"args": [2, 4, 3], "x": batch(rng, 8, 2), "classes": 3, "params": 27, "hidden": 4}
    x = np.asarray(case["x"])
    w = rng.normal(size=(2, 3))
    values = np.tanh(x) @ w                      # not affine over the batch
    positive = (x - x.min() + 0.1) @ w + 1.0     # affine over the positive rows
    record = {"params": 27}
    assert structure("make(2, 4, 3)", case, record, values, affine=False, positive=positive,
                     negative=np.tanh(x - x.max() - 0.1) @ w)[0]
    ok, message = structure("make(2, 4, 3)", case, record, values, affine=False, positive=positive,
                            negative=np.tile(w[0], (len(x), 1)))
    assert not ok and "acts on the input" in message


def test_a_relu_of_the_input_must_show_under_a_second_draw_of_the_parameters_too():
    """Under one draw a real hidden layer can keep every unit on over the positive rows and off
    over the negative ones (a unit whose weights are all positive does both); a ReLU of the
    input does so under every draw."""
    from autograder.library.modules import structure

    rng = np.random.default_rng(1)
    case = {"args": [2, 4, 3], "x": batch(rng, 8, 2), "classes": 3, "params": 27, "hidden": 4}
    x = np.asarray(case["x"])
    w, v = rng.normal(size=(2, 3)), rng.normal(size=(2, 3))
    values = np.tanh(x) @ w
    like_an_input_relu = {"positive": (x - x.min() + 0.1) @ w + 1.0, "negative": np.tile(w[0], (len(x), 1))}
    record = {"params": 27}
    ok, message = structure("make(2, 4, 3)", case, record, values, affine=False, **like_an_input_relu,
                            positive_again=(x - x.min() + 0.1) @ v, negative_again=np.tile(v[1], (len(x), 1)))
    assert not ok and "acts on the input" in message
    assert structure("make(2, 4, 3)", case, record, values, affine=False, **like_an_input_relu,
                     positive_again=np.tanh(x - x.min() + 0.1) @ v, negative_again=np.tile(v[1], (len(x), 1)))[0]
    assert structure("make(2, 4, 3)", case, record, values, affine=False, **like_an_input_relu,
                     positive_again=(x - x.min() + 0.1) @ v, negative_again=np.tanh(x - x.max() - 0.1) @ v)[0]


def test_a_real_mlp_that_one_draw_leaves_affine_over_positive_inputs_keeps_its_structure():
    """Seed 2747's second draw (found by a search over draws) gives this ReLU MLP's three hidden
    units a fixed sign over the positive rows and switches all three off over the negative ones."""
    case = {"args": [2, 3, 3], "x": batch(np.random.default_rng(0), 8, 2), "seed": 2747, "classes": 3,
            "params": 2 * 3 + 3 + 3 * 3 + 3, "hidden": 3}
    criteria = judged(lambda d, h, c: nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Linear(h, c)), [case], affine=False)
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


class SqueezedMLP(nn.Module):
    """Right, but squeeze() drops the batch dimension of a batch of one example."""

    def __init__(self, d, h, c):
        super().__init__()
        self.hidden, self.out = nn.Linear(d, h), nn.Linear(h, c)

    def forward(self, x):
        return self.out(torch.relu(self.hidden(x))).squeeze()


class PaddedLinear(nn.Module):
    """Softmax regression with a padding parameter used only as 0 * pad (so the count is an MLP's)."""

    def __init__(self, d, h, c):
        super().__init__()
        self.out = nn.Linear(d, c)
        self.pad = nn.Parameter(torch.zeros(d * h + h + h * c + c - (d * c + c)))

    def forward(self, x):
        return self.out(x) + 0.01 * torch.sin(x).sum(dim=1, keepdim=True) + 0 * self.pad.sum()


def test_a_model_that_drops_the_batch_dimension_of_one_example_loses_its_shape():
    criteria = judged(SqueezedMLP, mlp_cases(np.random.default_rng(0)), affine=False)
    assert lost(criteria) == {"shape"} and "batch of ONE example" in criteria["shape"].message


def test_a_parameter_whose_gradient_is_zero_everywhere_never_learns():
    criteria = judged(PaddedLinear, mlp_cases(np.random.default_rng(0)), affine=False)
    assert "gradient" in lost(criteria) and "exactly zero" in criteria["gradient"].message
    assert "pad" in criteria["gradient"].message


@pytest.mark.parametrize("seed", range(5))
def test_fresh_models_have_no_parameter_without_a_gradient(seed):
    """Default-initialised or not (the probe draws its own values), softmax outputs included."""
    def make(d, h, c):
        return nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Linear(h, c), nn.Softmax(dim=1))

    assert "gradient" not in lost(judged(make, mlp_cases(np.random.default_rng(seed)), affine=False))
    assert "gradient" not in lost(judged(lambda d, h, c: nn.Sequential(nn.Linear(d, h), nn.BatchNorm1d(h), nn.ReLU(),
                                                                       nn.Linear(h, c)),
                                         mlp_cases(np.random.default_rng(seed)), affine=False))


# (Seeds under which one draw of the parameters clips every logit of a case for every row.)
@pytest.mark.parametrize("seed", [0, 1, 136, 162, 182, 184])
def test_a_relu_after_the_output_loses_the_structure_only(seed):
    """Its logits are never negative (structure); under one draw of the parameters every logit
    may be clipped for every row, which silences the layers for that draw only, not the gradient."""
    rng = np.random.default_rng(seed)
    cases = [{"args": [d, h, c], "x": batch(rng, 8, d), "seed": int(rng.integers(1 << 30)), "classes": c,
              "params": d * h + h + h * c + c, "hidden": h} for d, h, c in ((2, 16, 3), (4, 7, 5), (3, 12, 2))]
    criteria = judged(lambda d, h, c: nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Linear(h, c), nn.ReLU()),
                      cases, affine=False)
    assert lost(criteria) == {"structure"}, {n: c.message for n, c in criteria.items()}


class PlainTensors(nn.Module):
    """Weights kept as plain tensors that require grad: no parameter is registered."""

    def __init__(self, d, c):
        super().__init__()
        self.W = torch.randn(d, c, requires_grad=True)
        self.b = torch.zeros(c, requires_grad=True)

    def forward(self, x):
        return x @ self.W + self.b


def test_weights_kept_as_plain_tensors_are_told_to_be_wrapped_in_parameters():
    criteria = judged(lambda d, c: PlainTensors(d, c), linear_cases(np.random.default_rng(0)), affine=True)
    assert "nn.Parameter" in criteria["shape"].message and "W, b" in criteria["shape"].message


def _relu_mlp_logits(x, rng, *, linear_units=0):
    """Logits of a ReLU MLP with random parameters; ``linear_units`` of its units kept on
    for every row (a large bias), as a draw of the parameters can leave them."""
    w1, b1 = rng.normal(size=(7, x.shape[1])), rng.normal(size=7)
    b1[:linear_units] += 1000.0
    w2, b2 = rng.normal(size=(5, 7)), rng.normal(size=5)
    return (np.maximum(x @ w1.T + b1, 0.0) @ w2.T + b2).reshape(-1)


@pytest.mark.parametrize("seed", range(5))
def test_fewer_bend_directions_under_one_draw_of_the_parameters_only_keep_the_structure(seed):
    """A real hidden layer whose units, under one draw, all but three keep their sign over the
    batch's pairs bends along 3 directions there: under another draw it bends along all 4, so
    the structure is kept; fewer directions under both draws lose it."""
    rng = np.random.default_rng(seed)
    x = np.asarray(batch(rng, 8, 4))
    case = {"args": [4, 7, 5], "x": x.tolist(), "classes": 5, "hidden": 7, "params": 4 * 7 + 7 + 7 * 5 + 5}
    stalled, other = _relu_mlp_logits(x, rng, linear_units=4), _relu_mlp_logits(x, rng)
    ok, message = structure("make", case, {"params": case["params"]}, stalled, affine=False)
    assert not ok and "along 3 directions only" in message, message  # the premise: one draw alone is flagged
    assert structure("make", case, {"params": case["params"]}, stalled, affine=False, other_draw=other)[0]
    ok, message = structure("make", case, {"params": case["params"]}, stalled, affine=False,
                            other_draw=_relu_mlp_logits(x, rng, linear_units=4))
    assert not ok and "along 3 directions only" in message, message


def test_a_draw_under_which_some_bent_units_do_not_bend_still_loses_the_structure_for_its_real_cause():
    """Rows 18's first draw keeps the one bent unit's sign over every pair: that draw is affine,
    the other bends along one direction of 4.  The structure is lost for the few directions,
    not for 'a nonlinearity in evaluation mode only' (the message before)."""
    rng = np.random.default_rng(18)
    case = {"args": [4, 7, 5], "x": batch(rng, 8, 4), "seed": int(rng.integers(1 << 30)), "classes": 5,
            "params": 4 * 7 + 7 + 7 * 5 + 5, "hidden": 7}
    criteria = judged(lambda d, h, c: SomeBentUnits(d, h, c, torch.relu, 1), [case], affine=False)
    message = criteria["structure"].message
    assert lost(criteria) == {"structure"} and "along one direction only" in message, message


def test_a_draw_that_hardly_bends_the_logits_tells_nothing_about_their_directions():
    """Logits bending along one direction of 4 under one draw and barely at all under the other
    (above the affine threshold, below the directions' one) lose the structure in either order."""
    rng = np.random.default_rng(5)
    x = np.asarray(batch(rng, 8, 4))
    case = {"args": [4, 7, 5], "x": x.tolist(), "classes": 5, "hidden": 7, "params": 4 * 7 + 7 + 7 * 5 + 5}
    w = rng.normal(size=(4, 5))
    one_bend = x @ w + np.outer(np.maximum(x[:, 0], 0), rng.normal(size=5))
    barely = x @ w + 3e-4 * np.outer(np.maximum(x[:, 1], 0), rng.normal(size=5))
    gap, size = _gap(barely, len(x))
    assert 1e-5 * size < gap < 1e-4 * size  # the premise: not affine, yet below the directions' threshold
    for values, other in ((one_bend, barely), (barely, one_bend)):
        ok, message = structure("make", case, {"params": case["params"]}, values, affine=False, other_draw=other)
        assert not ok and "along one direction only" in message, message


def _memoised(build):
    """A builder that keeps each model it built and hands it back when asked for the same sizes."""
    built = {}

    def make(*sizes):
        if sizes not in built:
            built[sizes] = build(*sizes)
        return built[sizes]

    return make


class SharesFirstLayer(nn.Module):
    """Each model gets a new output layer but reuses one hidden layer per input width (kept on the class)."""

    hidden: dict = {}

    def __init__(self, d, h, c):
        super().__init__()
        self.first = SharesFirstLayer.hidden.setdefault((d, h), nn.Linear(d, h))
        self.last = nn.Linear(h, c)

    def forward(self, x):
        return self.last(torch.relu(self.first(x)))


@pytest.mark.parametrize("builder, affine", [
    (_memoised(lambda d, c: nn.Linear(d, c)), True),
    (_memoised(lambda d, h, c: nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Linear(h, c))), False),
    (lambda d, h, c: SharesFirstLayer(d, h, c), False),
], ids=["memoised-linear", "memoised-mlp", "shared-hidden-layer"])
def test_a_builder_handing_back_a_model_it_built_before_loses_the_structure(builder, affine):
    """Built twice with the same sizes, a model must be new, with parameters of its own: a
    cached model is the one already trained when the notebook asks for a fresh one."""
    cases = linear_cases(np.random.default_rng(8)) if affine else mlp_cases(np.random.default_rng(8))
    criteria = judged(builder, cases, affine=affine)
    assert lost(criteria) == {"structure"}, {n: c.message for n, c in criteria.items()}
    assert "a second time returned the model of the first call" in criteria["structure"].message


def test_a_builder_reusing_only_settings_keeps_full_marks():
    """Constants and sizes kept between calls are fine: only the parameters must be new."""
    sizes = {}

    def make(d, c):
        sizes.setdefault((d, c), d * c)
        return nn.Linear(d, c)

    criteria = judged(make, linear_cases(np.random.default_rng(9)), affine=True)
    assert lost(criteria) == set()


_TABLE = torch.randn(8, 9)


class ViewsOfOneTable(nn.Module):
    """Right, but its parameters are views of one module-level tensor: every model shares them."""

    def __init__(self, d, c):
        super().__init__()
        self.weight = nn.Parameter(_TABLE[:c, :d])
        self.bias = nn.Parameter(_TABLE[:c, d])

    def forward(self, x):
        return x @ self.weight.T + self.bias


class ClonedSlicesOfOneTable(ViewsOfOneTable):
    def __init__(self, d, c):
        super().__init__(d, c)
        self.weight, self.bias = nn.Parameter(self.weight.detach().clone()), nn.Parameter(self.bias.detach().clone())


def test_models_whose_parameters_share_memory_lose_the_structure_and_are_told_why():
    criteria = judged(ViewsOfOneTable, linear_cases(np.random.default_rng(0)), affine=True)
    assert lost(criteria) == {"structure"}, {n: c.message for n, c in criteria.items()}
    assert "same memory" in criteria["structure"].message
    assert lost(judged(ClonedSlicesOfOneTable, linear_cases(np.random.default_rng(0)), affine=True)) == set()
