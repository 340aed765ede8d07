"""autograder.library.figures: series found in a figure's data, labels judged by what they say."""

from __future__ import annotations

import matplotlib.lines
import numpy as np
import pytest

from autograder.library.figures import (LOSS_WORDS, names_loss_formula, find_function, find_partial, find_series, judge_curves,
                                        judge_labels, labelled, names, title_of)
from autograder.library.probe_figures import replayed, substitute


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
    ("Epoch", "Mean squared deviation"), ("epoch", "MSD"),
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


@pytest.mark.parametrize("xlabel,ylabel", [("epochNumber", "avgBatchLoss"), ("Época", "pérdida"),
                                           ("epoca", "perdita"), ("Iteración", "Error")],
                         ids=["camel_case", "spanish", "italian", "spanish_iteration"])
def test_labels_in_camel_case_or_other_languages_name_the_epoch_and_the_loss(xlabel, ylabel):
    assert judge_labels({"xlabel": xlabel, "ylabel": ylabel}).ok
    assert not names("Preloss", LOSS_WORDS)  # a word inside another, capitalised, is still not it


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


@pytest.mark.parametrize("style, why", [
    ({"visible": False}, "visible=False"), ({"alpha": 0.0}, "alpha=0"), ({"color": "white"}, "colour behind it"),
    ({"color": "#fcfcfc"}, "colour behind it"), ({"linestyle": "none"}, "neither a line nor a marker"),
    ({"linewidth": 0}, "nearly) zero"), ({"linewidth": 0.001}, "nearly) zero"),
    ({"linestyle": "none", "marker": "o", "markersize": 0.001}, "nearly) zero"),
    ({"scatter": {"alpha": 0.0}}, "alpha=0"), ({"bar": {"color": "white"}}, "colour behind it")],
    ids=["invisible", "transparent", "white_on_white", "near_white", "no_line_no_marker", "zero_width",
         "hairline", "dust_markers", "clear_scatter", "white_bars"])
def test_a_series_nobody_can_see_is_not_found_and_the_curves_judge_says_why(style, why):
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    figure, ax = plt.subplots()
    if "scatter" in style:
        ax.scatter(range(4), LOSSES, **style["scatter"])
    elif "bar" in style:
        ax.bar(range(4), LOSSES, **style["bar"])
    else:
        ax.plot(range(4), LOSSES, **style)
    ax.plot(range(4), [9.0, 8.0, 7.0, 6.0], color="white", marker="o", markeredgecolor="black")  # markers show
    data = describe_figure(figure)
    plt.close(figure)
    assert find_series([data], LOSSES) is None and find_series([data], LOSSES, hidden=True) is not None
    assert find_series([data], [9.0, 8.0, 7.0, 6.0]) is not None
    verdict = judge_curves([data], {"train": ("losses", LOSSES)})
    assert verdict["train"][0] is False and why in verdict["train"][1]


@pytest.mark.parametrize("hide", ["axes_not_visible", "x_view_beyond", "y_view_below"])
def test_a_series_on_a_hidden_axes_or_wholly_outside_its_view_is_not_found(hide):
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    figure, (ax, decoy) = plt.subplots(1, 2)
    ax.plot(range(4), LOSSES)
    ax.set(xlabel="epoch", ylabel="loss", title="training")
    {"axes_not_visible": lambda: ax.set_visible(False), "x_view_beyond": lambda: ax.set_xlim(100, 120),
     "y_view_below": lambda: ax.set_ylim(-20, -10)}[hide]()
    decoy.plot(range(4), [9.0, 8.0, 7.0, 6.0])
    data = describe_figure(figure)
    plt.close(figure)
    assert find_series([data], LOSSES) is None and find_series([data], LOSSES, hidden=True) is not None
    assert find_series([data], [9.0, 8.0, 7.0, 6.0]) is not None
    verdict = judge_curves([data], {"train": ("losses", LOSSES)})
    assert ("axes nobody can see" if hide == "axes_not_visible" else "outside the axes' view") in verdict["train"][1]


@pytest.mark.parametrize("clip", ["speck_rectangle", "box_beside_the_axes"])
def test_a_series_clipped_away_is_not_found_and_the_judge_says_so(clip):
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle
    from matplotlib.transforms import Bbox

    from autograder.library.probe_figures import describe_figure

    figure, ax = plt.subplots()
    (line,) = ax.plot(range(4), LOSSES)
    ax.plot(range(4), [9.0, 8.0, 7.0, 6.0])
    if clip == "speck_rectangle":
        line.set_clip_path(Rectangle((0, 0), 1e-6, 1e-6, transform=ax.transAxes))
    else:
        line.set_clip_box(Bbox([[0, 0], [2, 2]]))  # two pixels in the figure's corner
    data = describe_figure(figure)
    plt.close(figure)
    assert find_series([data], LOSSES) is None and find_series([data], [9.0, 8.0, 7.0, 6.0]) is not None
    assert "clipped away" in judge_curves([data], {"train": ("losses", LOSSES)})["train"][1]


def test_a_series_clipped_to_a_path_it_crosses_is_found():
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    from autograder.library.probe_figures import describe_figure

    figure, ax = plt.subplots()
    (line,) = ax.plot(range(4), LOSSES)
    line.set_clip_path(Rectangle((0, 0), 0.5, 1, transform=ax.transAxes))  # its left half shows
    data = describe_figure(figure)
    plt.close(figure)
    assert find_series([data], LOSSES) is not None


@pytest.mark.parametrize("replace", ["class_draw", "renderer_method", "instance_draw"])
def test_a_figure_drawn_by_replaced_matplotlib_code_shows_nothing_it_holds(replace, monkeypatch):
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.lines import Line2D

    from autograder.library import probe_figures

    monkeypatch.setattr(probe_figures, "_DRAWING", {})
    probe_figures.remember_drawing()
    figure, ax = plt.subplots()
    (line,) = ax.plot(range(4), LOSSES)
    assert find_series([probe_figures.describe_figure(figure)], LOSSES) is not None  # nothing replaced yet
    if replace == "class_draw":
        monkeypatch.setattr(Line2D, "draw", lambda self, renderer: None)
    elif replace == "renderer_method":
        monkeypatch.setattr(RendererAgg, "option_image_nocomposite", lambda self: True, raising=False)
    else:
        line.draw = lambda renderer: None
    data = probe_figures.describe_figure(figure)
    plt.close(figure)
    assert find_series([data], LOSSES) is None
    assert "drawing code was replaced" in judge_curves([data], {"train": ("losses", LOSSES)})["train"][1]


@pytest.mark.parametrize("hide", ["speck_of_an_axes", "opaque_patch_above", "opaque_figure_patch_above",
                                  "opaque_fill_above", "opaque_image_above", "opaque_axes_above", "speck_of_a_figure"])
def test_a_series_on_a_speck_of_an_axes_or_under_an_opaque_patch_is_not_found(hide):
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    from autograder.library.probe_figures import describe_figure

    figure, (ax, decoy) = plt.subplots(1, 2)
    ax.plot(range(4), LOSSES)
    decoy.plot(range(4), [9.0, 8.0, 7.0, 6.0])
    if hide == "speck_of_an_axes":
        ax.set_position([0.1, 0.1, 1e-4, 1e-4])
    elif hide == "speck_of_a_figure":
        tiny, speck = plt.subplots(figsize=(0.15, 0.1))
        speck.plot(range(4), LOSSES)
        ax.lines[0].remove()
        data = describe_figure(tiny)
        plt.close(tiny)
        assert find_series([data], LOSSES) is None and find_series([data], LOSSES, hidden=True) is not None
        plt.close(figure)
        return
    elif hide == "opaque_patch_above":
        ax.add_patch(Rectangle((0, 0), 1, 1, transform=ax.transAxes, color="white", zorder=10))
    elif hide == "opaque_fill_above":
        ax.fill_between([-1, 5], [-100, -100], [100, 100], color="white", zorder=10)
    elif hide == "opaque_image_above":
        ax.imshow(np.ones((4, 4, 3)), extent=(-1, 5, -100, 100), aspect="auto", zorder=10)
    elif hide == "opaque_axes_above":
        over = figure.add_axes(ax.get_position())
        over.plot(range(4), [9.5, 8.5, 7.5, 6.5])
    else:
        figure.patches.append(Rectangle((0, 0), 0.5, 1, transform=figure.transFigure, color="white", zorder=10,
                                        figure=figure))
    data = describe_figure(figure)
    plt.close(figure)
    assert find_series([data], LOSSES) is None and find_series([data], LOSSES, hidden=True) is not None
    assert find_series([data], [9.0, 8.0, 7.0, 6.0]) is not None


def test_a_series_beside_an_opaque_patch_or_under_a_translucent_one_is_found():
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    from autograder.library.probe_figures import describe_figure

    figure, ax = plt.subplots()
    ax.plot(range(4), LOSSES)
    ax.add_patch(Rectangle((2.5, 0), 5, 20, color="grey", zorder=10))  # covers the last point only
    ax.axvspan(0, 3, alpha=0.3, zorder=10)  # a translucent band over all of them
    ax.bar(range(4), [1, 1, 1, 1])  # bars below the line
    data = describe_figure(figure)
    plt.close(figure)
    assert find_series([data], LOSSES) is not None


def test_points_a_log_axis_cannot_draw_are_left_out():
    """``plt.loglog(losses)``: x starts at 0, which a log axis cannot show: the first epoch is missing."""
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    figure, ax = plt.subplots()
    ax.loglog(LOSSES)
    ax.set(xlabel="epoch", ylabel="loss", title="T")
    data = describe_figure(figure)
    plt.close(figure)
    verdict = judge_curves([data], {"curve": ("loss_BGD", LOSSES)})
    assert not verdict["curve"][0] and "without epoch(s) 1" in verdict["curve"][1]
    assert verdict["labels"][0] and verdict["title"][0]


def test_a_series_in_an_inset_axes_is_found():
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    figure, ax = plt.subplots()
    ax.plot(range(4), [9.0, 8.0, 7.0, 6.0])
    ax.inset_axes([0.5, 0.5, 0.4, 0.4]).plot(range(4), LOSSES)
    data = describe_figure(figure)
    plt.close(figure)
    assert find_series([data], LOSSES) is not None


def test_a_curve_drawn_from_its_last_point_to_its_first_is_the_same_curve():
    """Points popped off the end of the history: each loss still at its own epoch, the same
    line drawn the other way; the values reversed against increasing epochs are not."""
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    drawn = []
    for x, y in ((list(range(4, 0, -1)), LOSSES[::-1]), (list(range(1, 5)), LOSSES[::-1])):
        figure, ax = plt.subplots()
        ax.plot(x, y)
        drawn.append(describe_figure(figure))
        plt.close(figure)
    assert find_series(drawn[:1], LOSSES) is not None and find_series(drawn[1:], LOSSES) is None


def test_a_secondary_axis_is_no_axes_of_its_own_and_breaks_nothing():
    """``ax.secondary_xaxis`` (updates on top of epochs) is a child of the axes with no title
    or data of its own: the figure is described as drawn."""
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    figure, ax = plt.subplots()
    ax.plot(range(1, 5), LOSSES)
    ax.set_xlabel("epoch")
    ax.secondary_xaxis("top", functions=(lambda e: 3 * e, lambda u: u / 3)).set_xlabel("update")
    data = describe_figure(figure)
    plt.close(figure)
    assert len(data["axes"]) == 1 and find_series([data], LOSSES) is not None


def test_panels_sharing_an_axis_share_its_label():
    """``subplots(2, 1, sharex=True)``: "epoch" under the bottom panel names the top one's x too."""
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    figure, (top, bottom) = plt.subplots(2, 1, sharex=True)
    top.plot(range(4), LOSSES)
    top.set(ylabel="loss", title="T")
    bottom.semilogy(range(4), LOSSES)
    bottom.set(xlabel="epoch", ylabel="loss (log)")
    data = describe_figure(figure)
    plt.close(figure)
    assert all(judge_curves([data], {"curve": ("loss_BGD", LOSSES)}).values())
    alone, (left, right) = plt.subplots(1, 2)
    left.plot(range(4), LOSSES)
    left.set(ylabel="loss", title="T")
    right.set(xlabel="epoch")
    unshared = describe_figure(alone)
    plt.close(alone)
    assert not judge_curves([unshared], {"curve": ("loss_BGD", LOSSES)})["labels"][0]


@pytest.mark.parametrize("view", [(1.5, 2.5), (0.4, 0.6)], ids=["some_points_in_view", "only_a_segment_in_view"])
def test_a_series_partly_in_view_is_found(view):
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    figure, ax = plt.subplots()
    ax.plot(range(4), LOSSES)
    ax.set_xlim(*view)
    data = describe_figure(figure)
    plt.close(figure)
    assert find_series([data], LOSSES) is not None


def test_a_series_drawn_on_a_dark_background_in_white_is_seen():
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    with plt.style.context("dark_background"):
        figure, ax = plt.subplots()
        ax.plot(range(4), LOSSES, color="white")
    data = describe_figure(figure)
    plt.close(figure)
    assert find_series([data], LOSSES) is not None


TRAIN, VAL = [0.9, 0.5, 0.3, 0.2], [1.0, 0.7, 0.6, 0.65]
CURVES = {"train": ("train_losses", TRAIN), "val": ("val_losses", VAL)}
WORDS = {"train": ("train",), "val": ("val", "valid")}


def _drawn(draw):
    """The description of a figure drawn by ``draw(ax)``, with legends remembering their artists."""
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure, remember_legend_entries

    remember_legend_entries()
    figure, ax = plt.subplots()
    draw(ax)
    ax.set(xlabel="epoch", ylabel="loss", title="curves")
    data = describe_figure(figure)
    plt.close(figure)
    return [data]


@pytest.mark.parametrize("draw", [
    lambda ax: (ax.plot(TRAIN, label="training"), ax.plot(VAL, label="validation"), ax.legend()),
    lambda ax: (ax.plot(TRAIN, "b-", VAL, "r--"), ax.legend(["train", "val"])),
    lambda ax: (ax.plot(VAL, label="Validation loss"), ax.plot(TRAIN, label="Train loss"), ax.figure.legend()),
    lambda ax: ax.legend(handles=[ax.plot(TRAIN, label="train")[0], ax.plot(VAL, label="val")[0]]),
    lambda ax: (ax.errorbar(range(4), TRAIN, fmt="o-", label="train"), ax.errorbar(range(4), VAL, label="val"),
                ax.legend()),
    lambda ax: (ax.stem(range(4), TRAIN, label="train"), ax.stem(range(4), VAL, linefmt="C1-", label="val"),
                ax.legend()),
    lambda ax: (ax.plot(TRAIN, color="C0"), ax.plot(VAL, color="C1", linestyle="--"),
                ax.legend(handles=[matplotlib.lines.Line2D([], [], color="C0", label="train"),
                                   matplotlib.lines.Line2D([], [], color="C1", linestyle="--", label="val")])),
    lambda ax: (ax.plot(TRAIN, label="loss"), ax.plot(VAL, label="val_loss"), ax.legend()),
    lambda ax: (lambda twin: (ax.plot(TRAIN, label="train loss"), ax.plot(VAL, label="val loss"),
                              twin.plot([0.5, 0.6, 0.7, 0.8], "g:", label="val accuracy"),
                              twin.legend(ax.get_lines() + twin.get_lines(),
                                          [line.get_label() for line in ax.get_lines() + twin.get_lines()])))(ax.twinx()),
], ids=["labels_then_legend", "legend_of_a_list", "figure_legend", "legend_of_handles", "errorbar", "stem",
        "proxy_handles", "keras_names", "legend_on_the_twin_axes"])
def test_a_legend_that_names_each_curve_earns_the_legend_however_it_was_made(draw):
    verdict = judge_curves(_drawn(draw), CURVES, legend=WORDS)
    assert verdict["legend"][0], verdict["legend"]


@pytest.mark.parametrize("draw,says", [
    (lambda ax: (ax.plot(TRAIN, label="validation"), ax.plot(VAL, label="training"), ax.legend()),
     "labelled 'validation', which names val_losses"),
    (lambda ax: (ax.plot(TRAIN, label="train"), ax.plot(VAL, label="val")), "no legend shows it"),
    (lambda ax: (ax.plot(TRAIN), ax.plot(VAL)), "no entry in a legend"),
    (lambda ax: (ax.plot(TRAIN, label="curve 1"), ax.plot(VAL, label="curve 2"), ax.legend()),
     "does not say which curve it is"),
    (lambda ax: (ax.plot(TRAIN, label="loss"), ax.plot(VAL, label="loss"), ax.legend()),
     "share the label 'loss'"),
    (lambda ax: (ax.plot(TRAIN, label="training / validation loss"), ax.plot(VAL, label="training / validation loss"),
                 ax.legend()), "share the label 'training / validation loss', so the legend cannot tell them apart"),
], ids=["swapped", "never_shown", "no_labels", "meaningless_labels", "same_label_twice", "same_label_naming_both"])
def test_a_legend_that_does_not_tell_the_curves_apart_loses_the_legend_only(draw, says):
    verdict = judge_curves(_drawn(draw), CURVES, legend=WORDS)
    assert not verdict["legend"][0] and says in verdict["legend"][1], verdict["legend"]
    assert all(verdict[c][0] for c in ("train", "val", "labels", "title"))


def test_a_lone_curve_needs_no_legend_but_must_not_be_named_as_the_other():
    alone = judge_curves(_drawn(lambda ax: ax.plot(TRAIN)), CURVES, legend=WORDS)
    assert alone["legend"][0] and not alone["val"][0]
    misnamed = judge_curves(_drawn(lambda ax: (ax.plot(TRAIN, label="val loss"), ax.legend())), CURVES, legend=WORDS)
    assert not misnamed["legend"][0]
    assert "legend" not in judge_curves(_drawn(lambda ax: ax.plot(TRAIN)), CURVES)  # (not asked for)


def test_a_curve_on_a_grid_finer_than_the_points_reported_still_spans_its_range():
    """A line of 10,001 points is thinned evenly (first and last kept), not cut to its start."""
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import MAX_POINTS, describe_figure

    x = np.linspace(-3, 3, 10001)
    figure, ax = plt.subplots()
    ax.plot(x, np.sin(x))
    data = describe_figure(figure)
    plt.close(figure)
    line = data["axes"][0]["lines"][0]
    assert len(line["x"]) == MAX_POINTS and line["x"][0] == -3.0 and line["x"][-1] == 3.0
    assert find_function([data], np.sin) is not None


def test_labels_set_once_for_the_figure_count_for_its_axes():
    """fig.supxlabel / fig.supylabel label every axes of the figure that has none of its own."""
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.figures import axis_labels, labelled
    from autograder.library.probe_figures import describe_figure

    figure, (top, bottom) = plt.subplots(2, 1, sharex=True)
    top.set_ylabel("f(x)")
    bottom.set_ylabel("f'(x)")
    figure.supxlabel("x")
    data = describe_figure(figure)
    plt.close(figure)
    assert axis_labels(data["axes"][1], data) == ("x", "f'(x)")
    assert labelled(data["axes"][0], data) and not labelled(data["axes"][0])


def test_a_curve_on_a_twin_axis_takes_the_x_label_and_title_of_the_plot_it_is_drawn_over():
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    figure, host = plt.subplots()
    host.set(xlabel="epoch", ylabel="loss relative to the first", title="Mini-batch loss")
    host.plot(range(1, 5), np.asarray(LOSSES) / LOSSES[0])
    twin = host.twinx()
    twin.semilogy(range(1, 5), LOSSES)
    twin.set_ylabel("loss (log scale)")
    data = describe_figure(figure)
    plt.close(figure)
    verdicts = judge_curves([data], {"curve": ("loss", LOSSES)})
    assert all(ok for ok, _ in verdicts.values()), verdicts


def curve(x, y, **labels):
    return {"title": labels.get("title", ""), "xlabel": labels.get("xlabel", ""), "ylabel": labels.get("ylabel", ""),
            "lines": [{"x": list(map(float, x)), "y": list(map(float, y))}], "bars": []}


def test_find_function_finds_a_curve_on_any_grid_but_not_a_short_or_wrong_one():
    grid = np.linspace(3.0, -1.0, 41)  # any order, any span of at least 2
    assert find_function([fig(ax(), curve(grid, np.sin(grid)))], np.sin) is not None
    assert find_function([fig(curve(grid[:10], np.sin(grid[:10])))], np.sin) is None  # too few points
    narrow = np.linspace(0.0, 1.0, 50)
    assert find_function([fig(curve(narrow, np.sin(narrow)))], np.sin) is None  # too narrow a span
    assert find_function([fig(curve(grid, np.cos(grid)))], np.sin) is None


def test_find_function_wants_distinct_points_and_a_line_through_them_in_order_and_says_why_not():
    """Points on the curve that do not show it: too few distinct x (an integer division merged
    the grid), or a line joining them out of the order of x (it zigzags); points drawn as
    points may come in any order."""
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.figures import how_drawn_wrong
    from autograder.library.probe_figures import describe_figure

    def drawn(x, style):
        figure, axes = plt.subplots()
        axes.plot(x, np.sin(x), style)
        data = describe_figure(figure)
        plt.close(figure)
        return [data]

    merged = np.repeat(np.arange(-3.0, 4.0), 30)          # 210 points, 7 distinct x
    shuffled = np.random.default_rng(0).permutation(np.linspace(-3, 3, 120))
    for figures, why in ((drawn(merged, "-"), "only 7 distinct x values"), (drawn(shuffled, "-"), "zigzags")):
        assert find_function(figures, np.sin) is None
        assert why in how_drawn_wrong(find_function(figures, np.sin, loose=True), min_points=20)
    assert find_function(drawn(shuffled, "o"), np.sin) is not None  # points only: any order
    assert find_function(drawn(np.linspace(3, -3, 120), "-"), np.sin) is not None  # decreasing x: a line still


def test_labelled_needs_both_axis_labels():
    assert labelled({"xlabel": "x", "ylabel": "f(x)"})
    assert not labelled({"xlabel": "x", "ylabel": " "}) and not labelled({})


def test_loss_words_name_classification_losses_too():
    assert all(names(label, LOSS_WORDS) for label in ("Cross-entropy", "NLL", "negative log-likelihood",
                                                      "mean negative log-probability of the true class"))
    assert not names("probability of the true class", LOSS_WORDS)


@pytest.mark.parametrize("xlabel,ylabel", [
    ("Epoch", "Verlies"), ("Epoka", "Strata"), ("Epoka", "Błąd średniokwadratowy"), ("Epok", "Förlust"),
    ("Epoke", "Tab"), ("Adım", "Kayıp"), ("Эпоха", "Функция потерь"), ("训练轮数", "损失"), ("エポック", "損失"),
    ("에폭", "손실"), ("Iteratie", "Fout")])
def test_axis_labels_in_the_languages_students_write_name_the_epoch_and_the_loss(xlabel, ylabel):
    """Dutch, Polish, Scandinavian, Turkish, Russian, Chinese, Japanese and Korean labels, as
    the German, French or Spanish ones do."""
    verdict = judge_labels({"xlabel": xlabel, "ylabel": ylabel})
    assert verdict.ok, verdict.message
    assert not judge_labels({"xlabel": ylabel, "ylabel": xlabel}).ok  # the other way round they are swapped


def test_a_loss_abbreviated_names_the_loss_only_as_a_whole_word():
    """"CE", "BCE", "xent" name a loss; the same letters beginning a longer word do not."""
    assert all(names(label, LOSS_WORDS) for label in ("Mean CE", "CE (nats)", "train BCE", "xent", "avgCE"))
    assert not any(names(label, LOSS_WORDS) for label in ("Center", "cells", "xenon", "celsius"))


@pytest.mark.parametrize("label,is_loss", [
    (r"$\frac{1}{|B|}\sum_{i \in B} (\hat y_i - y_i)^2$ (epoch mean)", True),
    ("mean of (y_pred - y)**2", True),
    (r"$-\log p_\theta(y|x)$", True),
    (r"$\log p_\theta(y|x)$", False),
    (r"$-\frac{1}{n}\sum_{i=1}^{n} \log p_{i, y_i}$", True),
    ("accuracy - logged", False),
    ("x^2", False),
    ("weight w", False),
])
def test_a_loss_written_as_its_formula_names_the_loss(label, is_loss):
    assert names_loss_formula(label) is is_loss


def test_judge_curves_credits_each_curve_then_labels_and_title_on_its_axes():
    train, val = [3.0, 2.0, 1.5], [3.5, 2.8, 2.6]
    curves = {"train": ("train_losses", train), "val": ("val_losses", val)}
    both = ax(lines=[train, val], xlabel="epoch", ylabel="cross-entropy", title="Curves")
    assert all(ok for ok, _ in judge_curves([fig(both)], curves).values())
    only_train = judge_curves([fig(ax(lines=[train], xlabel="epoch", ylabel="loss"))], curves, what="the plot")
    assert not only_train["val"][0] and "should draw those 3 values in epoch order" in only_train["val"][1]
    assert only_train["train"][0] and only_train["labels"][0] and only_train["title"] == (False, "the plot needs a title")


def test_judge_curves_judges_labels_on_a_curve_shown_in_part_and_nowhere_else():
    curves = {"curve": ("loss_GD", LOSSES)}
    skipped = judge_curves([fig(ax(lines=[LOSSES[1:]], xlabel="epoch", ylabel="loss", title="T"))], curves)
    assert not skipped["curve"][0] and skipped["labels"][0] and skipped["title"][0]
    against = ax(xlabel="epoch", ylabel="loss", title="T")
    against["lines"] = [{"x": [5.0, 3.0, 2.0, 1.0], "y": list(LOSSES)}]
    assert judge_curves([fig(against)], curves)["labels"][0]
    nothing = judge_curves([fig(ax(lines=[[0.5, 0.25]], xlabel="epoch", ylabel="loss", title="T"))], curves)
    assert not nothing["labels"][0] and "no axes showed it" in nothing["labels"][1] and not nothing["title"][0]


def test_judge_curves_gives_no_labels_or_title_for_the_values_reordered():
    # Sorted "to look smooth" or reversed: the list's numbers, not its curve.
    train, val = [3.0, 2.0, 2.2, 1.5], [3.5, 2.8, 2.6, 2.9]
    curves = {"train": ("train_losses", train), "val": ("val_losses", val)}
    drawn = ax(lines=[sorted(train, reverse=True), sorted(val, reverse=True)], xlabel="epoch", ylabel="loss",
               title="Curves")
    verdict = judge_curves([fig(drawn)], curves, legend=WORDS)
    assert not any(ok for ok, _ in verdict.values())
    assert "values reordered" in verdict["labels"][1]
    reversed_ = judge_curves([fig(ax(lines=[LOSSES[::-1]], xlabel="epoch", ylabel="loss", title="T"))],
                             {"curve": ("loss_GD", LOSSES)})
    assert not reversed_["curve"][0] and "not all of them in epoch order" in reversed_["curve"][1]
    assert not reversed_["labels"][0] and not reversed_["title"][0]


def test_a_curve_drawn_against_other_values_or_without_an_epoch_is_told_so():
    curves = {"curve": ("loss_GD", LOSSES)}
    against = ax(xlabel="epoch", ylabel="loss", title="T")
    against["lines"] = [{"x": [5.0, 3.0, 2.0, 1.0], "y": list(LOSSES)}]  # against another curve's values
    told = judge_curves([fig(against)], curves)["curve"][1]
    assert "all those values in epoch order, but against x values that are not the epochs" in told
    assert "not increasing" in told
    skipped = judge_curves([fig(ax(lines=[LOSSES[1:]], xlabel="epoch", ylabel="loss", title="T"))], curves)["curve"][1]
    assert "3 of those values, in order, without epoch(s) 1" in skipped


def test_a_curve_drawn_along_the_x_axis_is_told_so():
    curves = {"curve": ("loss_GD", LOSSES)}
    swapped = ax(xlabel="epoch", ylabel="loss", title="T")
    swapped["lines"] = [{"x": list(LOSSES), "y": [11.0, 12.0, 13.0, 14.0]}]  # plt.plot(losses, epochs)
    told = judge_curves([fig(swapped)], curves)["curve"][1]
    assert "along the x axis" in told


def test_substitute_and_replayed_put_the_students_values_back():
    namespace = {"losses": [1.0], "other": 2}
    substitute(namespace, {"losses": [9.0], "fresh": 3})
    assert namespace == {"losses": [9.0], "other": 2, "fresh": 3}
    drawn = [{"phase": "student", "figures": ["s"]}, {"phase": "replay", "figures": ["r1", "r2"]}]
    assert replayed(namespace, drawn) == {"student": ["s"], "replay": ["r1", "r2"], "overwritten": []}
    assert namespace == {"losses": [1.0], "other": 2}
    assert replayed(namespace, []) == {"student": [], "replay": [], "overwritten": []} and \
        namespace == {"losses": [1.0], "other": 2}


def test_a_replay_calls_the_graders_function_for_an_earlier_parts_until_replayed():
    """A plot cell that calls an earlier part's function (by name or through a dict) runs the
    grader's during the replay; the student's own is back afterwards."""
    namespace = {}
    exec("def slope(f, x):\n    return 'own'\nTABLE = {'d': slope}\n", namespace)  # noqa: S102 - test's own code
    substitute(namespace, {"curve": [1.0]}, functions={"slope": lambda f, x: "grader's"})
    assert namespace["slope"](None, None) == namespace["TABLE"]["d"](None, None) == "grader's"
    replayed(namespace, [])
    assert namespace["slope"](None, None) == namespace["TABLE"]["d"](None, None) == "own"
    assert "curve" not in namespace


def test_a_replayed_list_or_array_shows_the_grader_values_under_every_name_for_it():
    """The plot cell may reach the curve by another name (a history dict holding the same
    list): the values go in place, and come back out after the replay."""
    train, arr = [1.0, 2.0], np.array([5.0, 6.0, 7.0])
    history = {"train": train, "arr": arr}
    namespace = {"train_losses": train, "loss_GD": arr, "short": np.array([1.0])}
    substitute(namespace, {"train_losses": [9.0, 8.0, 7.0], "loss_GD": [0.5, 0.25, 0.125], "short": [3.0, 4.0]})
    assert history["train"] == [9.0, 8.0, 7.0] and history["arr"].tolist() == [0.5, 0.25, 0.125]
    assert namespace["short"] == [3.0, 4.0]  # (another length: the name is bound to the values instead)
    replayed(namespace, [])
    assert history["train"] == [1.0, 2.0] and namespace["train_losses"] is train
    assert arr.tolist() == [5.0, 6.0, 7.0] and namespace["loss_GD"] is arr and namespace["short"].tolist() == [1.0]


def test_a_half_precision_array_is_not_filled_in_place_but_its_name_gets_the_values():
    """float16 rounds 40.21 to 40.22: filled in place, the plot would draw other values than the
    grader's and lose points for a slip of the part that made the array."""
    arr = np.array([1.0, 2.0, 3.0], dtype=np.float16)
    namespace = {"loss_BGD": arr}
    substitute(namespace, {"loss_BGD": [40.21, 33.79, 34.77]})
    assert namespace["loss_BGD"] == [40.21, 33.79, 34.77] and arr.tolist() == [1.0, 2.0, 3.0]
    replayed(namespace, [])
    assert namespace["loss_BGD"] is arr


def test_a_label_set_on_an_axis_nobody_sees_is_no_label():
    """A twinx's own x axis is hidden, so an x label set on it is not drawn; nor are labels of
    an axes turned off.  The label set where it is drawn is read."""
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    figure, ax = plt.subplots()
    ax.plot(LOSSES)
    twin = ax.twinx()
    twin.plot(LOSSES[::-1])
    twin.set_xlabel("epoch")
    twin.set_ylabel("loss")
    hidden_twin = describe_figure(figure)
    ax.set_xlabel("epoch")
    shown = describe_figure(figure)
    ax.axis("off")
    off = describe_figure(figure)
    plt.close(figure)
    assert [(a["xlabel"], a["ylabel"]) for a in hidden_twin["axes"]] == [("", ""), ("", "loss")]
    assert [(a["xlabel"], a["ylabel"]) for a in shown["axes"]] == [("epoch", ""), ("", "loss")]
    assert [(a["xlabel"], a["ylabel"]) for a in off["axes"]][0] == ("", "")


@pytest.mark.parametrize("hide", ["fontsize_0", "alpha_0", "white_on_white", "invisible"])
def test_a_title_or_label_nobody_can_read_is_none(hide):
    """Round 15's loophole hunt: labels of size 0, titles hidden or white on white are not there
    for a reader; readable ones (thin, grey, on a dark figure in white) are."""
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    style = {"fontsize_0": {"fontsize": 0}, "alpha_0": {"alpha": 0.0}, "white_on_white": {"color": "white"},
             "invisible": {"visible": False}}[hide]
    def described(labels, title, facecolor="white"):
        figure, ax = plt.subplots(facecolor=facecolor)
        ax.plot(LOSSES)
        ax.set_xlabel("epoch", **labels)
        ax.set_ylabel("loss", **labels)
        ax.set_title("training loss", **title)
        data = describe_figure(figure)["axes"][0]
        plt.close(figure)
        return data

    hidden_texts = described(style, style)
    readable = described({"fontsize": 6, "color": "grey", "alpha": 0.6}, {"loc": "left"})
    on_black = described({"color": "white"}, {"color": "white"}, facecolor="black")
    assert (hidden_texts["xlabel"], hidden_texts["ylabel"], hidden_texts["title"]) == ("", "", "")
    assert (readable["xlabel"], readable["ylabel"]) == ("epoch", "loss") and "training loss" in readable["title"]
    assert (on_black["xlabel"], on_black["ylabel"], on_black["title"]) == ("epoch", "loss", "training loss")


@pytest.mark.parametrize("legend, read", [({}, True), ({"labelcolor": "white", "frameon": False}, False),
                                          ({"labelcolor": "white", "facecolor": "black"}, True),
                                          ({"fontsize": 0}, False)])
def test_a_legend_entry_nobody_can_read_names_nothing(legend, read):
    """White entries on a white axes without a frame, or at 1 point, name no curve (round 15's
    loophole hunt); white on the legend's black frame do."""
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    figure, ax = plt.subplots()
    ax.plot(LOSSES, label="training loss")
    ax.legend(**legend)
    line = describe_figure(figure)["axes"][0]["lines"][0]
    plt.close(figure)
    assert (line.get("label") == "training loss") is read, line


def test_a_step_curve_counts_as_a_line():
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    figure, ax = plt.subplots()
    ax.stairs(LOSSES, np.arange(len(LOSSES) + 1), baseline=None)
    data = describe_figure(figure)
    plt.close(figure)
    assert find_series([data], LOSSES) is not None


@pytest.mark.parametrize("joined", [True, False], ids=["segments-joined", "separate-strokes"])
def test_a_line_drawn_as_segments_counts_as_a_line_when_they_join(joined):
    """The gallery's multicoloured line: a LineCollection of segments, each from one epoch's
    loss to the next.  Separate strokes (vlines from 0 to each loss) are no curve."""
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt
    from matplotlib.collections import LineCollection

    from autograder.library.probe_figures import describe_figure

    points = np.column_stack([np.arange(len(LOSSES)), LOSSES]).reshape(-1, 1, 2)
    segments = (np.concatenate([points[:-1], points[1:]], axis=1) if joined else
                [[(i, 0.0), (i, v)] for i, v in enumerate(LOSSES)])
    figure, ax = plt.subplots()
    ax.add_collection(LineCollection(segments))
    ax.autoscale()
    data = describe_figure(figure)
    plt.close(figure)
    assert (find_series([data], LOSSES) is not None) == joined


@pytest.mark.parametrize("label", [r"$L(\theta)$", r"$\mathcal{L}(w, b)$", r"$J(\theta)$", r"MSE $\ell(w)$"])
def test_a_loss_named_in_mathtext_names_the_loss(label):
    assert judge_labels({"xlabel": "epoch", "ylabel": label}).ok


@pytest.mark.parametrize("log, ylabel", [(np.log10, "log10(loss)"), (np.log, "Loss (log)"), (np.log2, "log2 MSE"),
                                         (np.log, "ln(MSE)"), (np.log, r"$\ln L$")])
def test_the_logarithms_of_the_values_count_on_an_axis_labelled_log(log, ylabel):
    losses = np.array([33.9, 5.2, 1.04, 0.998, 0.31], dtype=np.float32)
    drawn = [fig(ax(lines=[log(losses).tolist()], ylabel=ylabel))]
    assert find_series(drawn, losses.astype(np.float64)) is not None


def test_the_logarithms_of_the_values_do_not_count_on_an_axis_that_does_not_say_log():
    losses = np.array([33.9, 5.2, 1.04, 0.998, 0.31])
    drawn = [fig(ax(lines=[np.log10(losses).tolist()], ylabel="loss"))]
    assert find_series(drawn, losses) is None


def test_the_logarithms_under_a_label_without_log_lose_the_curve_only():
    """The right curve as log10 values under "Loss (MSE)": the curve is lost and said so; the
    labels and title are judged on its axes."""
    losses = np.array([33.9, 5.2, 1.04, 0.998, 0.31])
    drawn = [fig(ax(lines=[np.log10(losses).tolist()], xlabel="epoch", ylabel="Loss (MSE)", title="GD"))]
    verdict = judge_curves(drawn, {"train": ("loss_GD", losses)})
    assert verdict["train"][0] is False and "logarithms of loss_GD" in verdict["train"][1]
    assert verdict["labels"][0] and verdict["title"][0]


def test_curves_asked_on_one_axes_lose_the_one_drawn_elsewhere():
    two_panels = [fig(ax(lines=[TRAIN], xlabel="epoch", ylabel="loss", title="train"),
                      ax(lines=[VAL], xlabel="epoch", ylabel="loss", title="val"))]
    two_panels[0]["axes"][0]["lines"][0]["label"] = "training loss"
    two_panels[0]["axes"][1]["lines"][0]["label"] = "validation loss"
    together = judge_curves(two_panels, CURVES, legend=WORDS, together=True)
    assert together["train"][0] and not together["val"][0] and "other axes" in together["val"][1]
    assert judge_curves(two_panels, CURVES, legend=WORDS)["val"][0]  # (when the part does not ask)
    one = [fig(ax(lines=[TRAIN, VAL], xlabel="epoch", ylabel="loss", title="curves"))]
    one[0]["axes"][0]["lines"][0]["label"], one[0]["axes"][0]["lines"][1]["label"] = "train", "val"
    assert all(ok for ok, _ in judge_curves(one, CURVES, legend=WORDS, together=True).values())


def test_a_curve_drawn_again_under_the_other_curves_label_loses_the_legend():
    """A copy-pasted plot call: the training values twice, the second labelled as validation."""
    drawn = [fig(ax(lines=[TRAIN, TRAIN], xlabel="epoch", ylabel="loss", title="curves"))]
    drawn[0]["axes"][0]["lines"][0]["label"], drawn[0]["axes"][0]["lines"][1]["label"] = "train", "validation loss"
    verdict = judge_curves(drawn, CURVES, legend=WORDS)
    assert verdict["train"][0] and not verdict["val"][0]
    assert not verdict["legend"][0] and "drawn again, labelled 'validation loss'" in verdict["legend"][1]


def test_labels_and_title_set_after_show_are_said_to_be_on_an_empty_figure():
    """plt.show() before plt.xlabel/plt.title: the labels and title go to a new, empty figure."""
    drawn = [fig(ax(lines=[LOSSES])), fig(ax(xlabel="epoch", ylabel="loss", title="GD"))]
    verdict = judge_curves(drawn, {"train": ("loss_GD", LOSSES)})
    assert verdict["train"][0] and not verdict["labels"][0] and not verdict["title"][0]
    assert "a figure that shows no data" in verdict["labels"][1] and "a figure that shows no data" in verdict["title"][1]
    plain = judge_curves([fig(ax(lines=[LOSSES]))], {"train": ("loss_GD", LOSSES)})
    assert "shows no data" not in plain["labels"][1] + plain["title"][1]


def test_values_rounded_for_a_printout_still_draw_the_curve():
    """np.round(losses, 4) before plotting: a ten-thousandth of the span, invisible on the curve."""
    losses = np.array([40.25, 20.13, 5.31, 0.2113, 0.20456, 0.19873])
    assert find_series([fig(ax(lines=[np.round(losses, 4).tolist()]))], losses) is not None
    assert find_series([fig(ax(lines=[np.round(losses, 1).tolist()]))], losses) is None


@pytest.mark.parametrize("hide", ["white_stroke_path_effect", "invisible_dashes", "zero_size_clip_box",
                                  "shifted_transform", "figure_level_white_collection"])
def test_a_curve_hidden_by_drawing_tricks_is_not_found(hide):
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.patheffects as effects
    import matplotlib.pyplot as plt
    from matplotlib.collections import PatchCollection
    from matplotlib.patches import Rectangle
    from matplotlib.transforms import Affine2D, Bbox

    from autograder.library.probe_figures import describe_figure

    figure, ax = plt.subplots()
    style = {"white_stroke_path_effect": {"path_effects": [effects.Stroke(linewidth=3, foreground="white")]},
             "invisible_dashes": {"linestyle": (0, (1e-6, 1e6))}}.get(hide, {})
    (line,) = ax.plot(range(4), LOSSES, **style)
    if hide == "zero_size_clip_box":
        line.set_clip_box(Bbox([[200, 200], [200, 200]]))
    elif hide == "shifted_transform":
        line.set_transform(ax.transData + Affine2D().translate(1e5, 1e5))
    elif hide == "figure_level_white_collection":
        place = ax.get_position()
        figure.add_artist(PatchCollection([Rectangle((place.x0, place.y0), place.width, place.height)],
                                          facecolor="white", edgecolor="none", transform=figure.transFigure))
    data = describe_figure(figure)
    plt.close(figure)
    assert find_series([data], LOSSES) is None and find_series([data], LOSSES, hidden=True) is not None


def test_a_glow_drawn_under_the_curve_keeps_it_seen():
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.patheffects as effects
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    figure, ax = plt.subplots()
    ax.plot(range(4), LOSSES, path_effects=[effects.Stroke(linewidth=6, foreground="white"), effects.Normal()])
    data = describe_figure(figure)
    plt.close(figure)
    assert find_series([data], LOSSES) is not None


def test_a_replay_that_drew_nothing_says_what_it_raised():
    verdict = judge_curves([], {"curve": ("loss_GD", [3.0, 2.0, 1.0])}, failed="NameError: name 'n' is not defined")
    assert not verdict["curve"][0] and "raised NameError: name 'n' is not defined" in verdict["curve"][1]
    assert judge_curves([], {"curve": ("loss_GD", [3.0, 2.0, 1.0])})["curve"][1].endswith("it drew no figure")


def test_a_replay_that_raised_after_making_an_empty_figure_says_what_it_raised():
    """plt.plot(x, y, "training loss") raises (not a format string) after plt.figure() made one."""
    empty = {"axes": [{"title": "", "xlabel": "", "ylabel": "", "xscale": "linear", "yscale": "linear",
                       "lines": [], "bars": [], "images": []}]}
    verdict = judge_curves([empty], {"curve": ("loss_GD", [3.0, 2.0, 1.0])},
                           failed="ValueError: 'training loss' is not a valid format string")
    assert not verdict["curve"][0] and "raised ValueError: 'training loss'" in verdict["curve"][1]


def test_a_replay_that_raised_after_drawing_the_curve_names_the_error_where_it_loses():
    """A title made from a key the grader's stand-in lacks raises after the curve is drawn:
    the missing title is put down to the error, not to a cell that never calls title()."""
    drawn = [fig(ax(lines=[LOSSES], xlabel="epoch", ylabel="loss"))]
    verdict = judge_curves(drawn, {"curve": ("loss_GD", LOSSES)}, failed="KeyError: 'val_acc'")
    assert verdict["curve"][0] and "raised" not in verdict["curve"][1]
    assert not verdict["title"][0] and "raised KeyError: 'val_acc'" in verdict["title"][1]
    assert "raised" not in judge_curves(drawn, {"curve": ("loss_GD", LOSSES)})["title"][1]


def test_points_with_a_nan_are_not_part_of_the_line_drawn():
    """matplotlib draws no point with a nan coordinate: ``[nan] + losses`` against 0..n draws
    each loss at its epoch, the curve itself."""
    curves = {"curve": ("loss_GD", LOSSES)}
    padded = ax(xlabel="epoch", ylabel="loss", title="T")
    padded["lines"] = [{"x": [float(i) for i in range(len(LOSSES) + 1)], "y": [float("nan")] + list(LOSSES)}]
    assert all(ok for ok, _ in judge_curves([fig(padded)], curves).values())
    gapped = ax(xlabel="epoch", ylabel="loss", title="T")  # an epoch left out as a nan: not the whole curve
    gapped["lines"] = [{"x": [float(i + 1) for i in range(len(LOSSES))], "y": [float("nan")] + list(LOSSES[1:])}]
    assert not judge_curves([fig(gapped)], curves)["curve"][0]


def test_a_title_function_given_a_value_is_named_where_the_title_is_missing():
    """``plt.title = "Loss"`` sets no title and hides the function: the message says so."""
    curves = {"curve": ("loss_GD", LOSSES)}
    untitled = [fig(ax(lines=[LOSSES], xlabel="epoch", ylabel="loss"))]
    verdict = judge_curves(untitled, curves, overwritten=["title"])
    assert not verdict["title"][0] and "plt.title was given a value (plt.title = '...')" in verdict["title"][1]
    assert "given a value" not in judge_curves(untitled, curves)["title"][1]


def test_replayed_names_the_pyplot_text_functions_a_cell_assigned_to(monkeypatch):
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import replayed

    monkeypatch.setattr(plt, "title", "Loss")
    assert replayed({}, [])["overwritten"] == ["title"]
