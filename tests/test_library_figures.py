"""autograder.library.figures: series found in a figure's data, labels judged by what they say."""

from __future__ import annotations

import numpy as np
import pytest

from autograder.library.figures import find_partial, find_series, judge_labels, names, title_of


def fig(*axes, suptitle=""):
    return {"suptitle": suptitle, "axes": list(axes)}


def ax(lines=(), bars=(), **labels):
    return {"title": labels.get("title", ""), "xlabel": labels.get("xlabel", ""), "ylabel": labels.get("ylabel", ""),
            "lines": [{"x": list(range(len(y))), "y": list(y)} for y in lines],
            "bars": [{"x": list(range(len(y))), "y": list(y)} for y in bars]}


LOSSES = [9.0, 4.0, 2.5, 1.0]


@pytest.mark.parametrize("figures", [
    [fig(ax(lines=[LOSSES]))],
    [fig(ax(lines=[[0.0, 1.0]]), ax(lines=[[5.0, 6.0], LOSSES]))],   # second axes, second line
    [fig(ax()), fig(ax(bars=[LOSSES]))],                             # bars in a second figure
], ids=["line", "several-axes", "bars"])
def test_find_series_finds_the_values_wherever_they_are_drawn(figures):
    found = find_series(figures, LOSSES)
    assert found is not None and found.y.tolist() == LOSSES


@pytest.mark.parametrize("figures", [[fig(ax(lines=[LOSSES[::-1]]))], [fig(ax(lines=[LOSSES[:-1]]))], [], "junk", [{"axes": "x"}]])
def test_find_series_refuses_other_values_order_or_junk(figures):
    assert find_series(figures, LOSSES) is None


def test_find_partial_accepts_the_data_out_of_order_but_not_other_data():
    assert find_partial([fig(ax(lines=[LOSSES[::-1]]))], LOSSES) is not None
    assert find_partial([fig(ax(lines=[[1.0, 2.0, 3.0]]))], LOSSES) is None


@pytest.mark.parametrize("xlabel,ylabel", [
    ("Epoch", "Loss"), ("epochs", "MSE"), ("Number of updates", "mean squared error [units^2]"),
    ("ITERATION", "Training cost (log scale)"), ("step #", "loss value"), ("Epoch number", "L(w, b)"),
])
def test_labels_that_name_the_epoch_and_the_loss_pass_in_any_wording(xlabel, ylabel):
    assert judge_labels({"xlabel": xlabel, "ylabel": ylabel}).ok


@pytest.mark.parametrize("xlabel,ylabel,says", [
    ("Loss", "Epoch", "swapped"),
    ("x", "y", "the x axis should name"),
    ("", "Loss", "the x axis has no label"),
    ("Epoch", "  ", "the y axis has no label"),
    ("time", "value", "its label is 'value'"),
])
def test_swapped_missing_or_meaningless_labels_lose_with_the_reason(xlabel, ylabel, says):
    verdict = judge_labels({"xlabel": xlabel, "ylabel": ylabel})
    assert not verdict.ok and says in verdict.message


def test_names_matches_words_not_parts_of_other_words():
    assert names("Epochs (n)", ["epoch"]) and not names("preepoch", ["epoch"])


def test_title_comes_from_the_axes_or_the_suptitle():
    assert title_of({"title": " GD "}, {"suptitle": "S"}) == "GD"
    assert title_of({"title": ""}, {"suptitle": "S"}) == "S"
    assert title_of({}, {}) == ""


def test_probe_figures_describes_lines_bars_images_and_scales_for_the_judge():
    """Does a figure drawn with bars, an image and a log scale come out as data the judge can read?"""
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    figure, (left, right) = plt.subplots(1, 2)
    left.bar(range(4), LOSSES)
    left.set_yscale("log")
    left.set(xlabel="Epoch", ylabel="Loss")
    right.imshow(np.zeros((3, 5)))
    data = describe_figure(figure)
    plt.close(figure)
    found = find_series([data], LOSSES)
    assert found is not None and found.kind == "bar" and found.axes["yscale"] == "log"
    assert data["axes"][1]["images"] == [{"shape": [3, 5]}]
