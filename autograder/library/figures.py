"""Judge side: figure checks that read the figure's data, not its pixels.

A figure arrives as plain data (the kernel harness's description, or
:func:`.probe_figures.describe_figure`'s richer one): ``{"suptitle", "axes": [{"title",
"xlabel", "ylabel", "xscale", "yscale", "lines": [{"x", "y"}], "bars": [{"x", "y"}],
"images": [...]}]}``; fields a describer does not report are simply absent.  Scatter
points count as lines; a log scale changes nothing (the data are in data coordinates), and
the logarithms of the values count on an axis labelled as such.
Axis labels are judged by what they say (:func:`names`), in any wording, case or units.

A plot part replays the student's plot cell with the grader's values: find them with
:func:`find_series` (per-epoch values) or :func:`find_function` (a function on any grid);
:func:`judge_curves` judges a replayed plot of per-epoch curves as a whole.
"""

from __future__ import annotations


import re
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterator, Optional, Sequence

import numpy as np

from autograder.library.checks import BadData, close, field, floats, short

class Whole(str):
    """A word :func:`names` finds only whole: an abbreviation that begins longer words
    ("CE" for cross-entropy, not the "ce" of "center" or "cell")."""


#: Words that name an epoch axis, in the languages a course's students write their labels in
#: (English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, the Scandinavian
#: languages, Turkish, Russian, Chinese, Japanese, Korean).
EPOCH_WORDS = ("epoch", "update", "iteration", "iter", "step", "pass", "round", "époque", "epoche", "época", "epoca",
               "itération", "iteración", "iterazione", "iteração", "schritt", "epok", "stap", "krok", "steg",
               "adım", "devir", "эпох", "итерац", "шаг", "轮", "迭代", "步", "エポック", "反復", "ステップ", "에폭",
               "반복", "스텝")
#: Words that name a loss axis (regression and classification losses alike), in the same languages.
LOSS_WORDS = ("loss", "mse", "error", "cost", "objective", "risk", "l(w", "l(θ", "j(w", "j(θ", "ℓ(", "residual",
              "entropy", "nll", "likelihood", "log-prob", "log prob", "logprob", "deviance", "squared deviation", "squared difference", "msd", "perplexity", "verlust", "fehler", "kosten", "perte", "erreur", "coût", "pérdida",
              "errore", "perdita", "perda", "erro", Whole("ce"), Whole("xent"), Whole("bce"), "verlies", "fout",
              "strata", "błąd", "koszt", "förlust", Whole("fel"), Whole("tab"), Whole("tap"), "kayıp", "hata",
              "потер", "ошибк", "损失", "误差", "損失", "誤差", "손실", "오차")
#: Mathtext symbols as they read (``$J(\\theta)$`` names the loss as "J(θ)" does).
SYMBOLS = {"theta": "θ", "Theta": "θ", "ell": "ℓ", "mathcal{L}": "L", "mathscr{L}": "L", "log": "log ", "ln": "ln "}


@dataclass
class Series:
    """A drawn data series found in a figure."""

    x: np.ndarray
    y: np.ndarray
    kind: str
    """``line`` (lines and scatter points) or ``bar``."""
    axes: dict
    figure: dict
    hidden: bool = False
    """Drawn so that nobody can see it (``visible=False``, transparent, in the background's colour)."""
    label: str = ""
    """The entry of a legend that stands for it ('' if none)."""
    own_label: str = ""
    """Its own label when no legend shows it ('' if it has none)."""
    why_hidden: str = ""
    """How it is hidden, in words (:data:`HIDDEN`), when the figure's data says."""
    joined: bool = False
    """Drawn as a line joining its points in their order (not points only)."""


def axes_of(figures: Any) -> Iterator[tuple[dict, dict]]:
    """(axes, figure) for every axes of every readable figure."""
    for figure in figures if isinstance(figures, list) else []:
        if isinstance(figure, dict) and isinstance(figure.get("axes"), list):
            for axes in figure["axes"]:
                if isinstance(axes, dict):
                    yield axes, figure


#: How a series is hidden (the figure's data names it: :mod:`.probe_figures`) -> in words.
HIDDEN = {
    "invisible": "made invisible (visible=False)",
    "nothing": "with neither a line nor a marker one can see (a line width or marker size of (nearly) zero, or "
               "linestyle 'None' without markers)",
    "transparent": "fully transparent (alpha=0)",
    "colour": "in the colour behind it",
    "axes": "on axes nobody can see (hidden, shrunk to a speck, or laid under other axes)",
    "outside": "wholly outside the axes' view (check the limits set with xlim/ylim or set_xlim/set_ylim)",
    "covered": "under something opaque drawn over it",
    "clipped": "clipped away by its own clip path or box",
    "drawing": "while matplotlib's own drawing code was replaced, so what is drawn is not what the figure holds",
}


def series(figures: Any, *, hidden: bool = False) -> Iterator[Series]:
    """Every readable series drawn in ``figures`` (lines, scatter points, bars) that a reader
    can see, and with ``hidden`` those nobody can see too."""
    for axes, figure in axes_of(figures):
        for kind, key in (("line", "lines"), ("bar", "bars")):
            for item in axes.get(key) if isinstance(axes.get(key), list) else []:
                try:
                    x, y = floats(field(item, "x", list)), floats(field(item, "y", list))
                except BadData:
                    continue
                why = item.get("hidden")
                invisible = why is True or why in HIDDEN
                if kind == "line" and len(x) == len(y) and not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
                    # A point with a nan or inf coordinate is not drawn (matplotlib leaves a gap):
                    # the line is the points it shows (``[nan] + losses`` against 0..n is the curve).
                    shown = np.isfinite(x) & np.isfinite(y)
                    x, y = x[shown], y[shown]
                if len(x) == len(y) and (hidden or not invisible):
                    yield Series(x, y, kind, axes, figure, invisible, text(item.get("label")),
                                 text(item.get("own_label")), HIDDEN.get(why, "") if isinstance(why, str) else "",
                                 item.get("joined") is True)


def find_series(figures: Any, y: Sequence[float], *, rtol: float = 1e-5, atol: float = 1e-8,
                increasing_x: bool = True, hidden: bool = False, unlabelled_logs: bool = False) -> Optional[Series]:
    """The first series whose y values equal ``y`` (in order) and whose x increases; or their
    logarithms (natural, base 10 or 2) on an axis whose label says so ("log10(loss)", "ln(MSE)"),
    or whatever it says with ``unlabelled_logs``.  Series nobody can see count only with ``hidden``."""
    wanted = np.asarray(y, dtype=np.float64)
    logs = [f(wanted) for f in (np.log, np.log10, np.log2)] if wanted.size and np.all(wanted > 0) else []
    # (values rounded for a printout, to a ten-thousandth of the curve's span, draw the same curve)
    drawn_alike = max(atol, 1e-4 * float(np.ptp(wanted))) if wanted.size and np.all(np.isfinite(wanted)) else atol
    for s in series(figures, hidden=hidden):
        if increasing_x and len(s.x) > 1 and np.all(np.diff(s.x) < 0):
            # Drawn from the last point to the first: the same line, each value at its own x.
            s = replace(s, x=s.x[::-1], y=s.y[::-1])
        if len(s.y) != len(wanted) or (increasing_x and not np.all(np.diff(s.x) > 0)):
            continue
        if close(s.y, wanted, rtol=rtol, atol=drawn_alike):
            return s
        # (float32 logarithms of values near 1 are near 0: absolute rounding, not relative)
        if logs and (unlabelled_logs or re.search(r"log|(?<![a-z])ln(?![a-z])", plain(axis_labels(s.axes, s.figure)[1]).lower())) and \
                any(close(s.y, w, rtol=rtol, atol=max(atol, 1e-6)) for w in logs):
            return s
    return None


def find_function(figures: Any, function: Callable[[np.ndarray], np.ndarray], *, min_points: int = 20,
                  min_span: float = 2.0, rtol: float = 1e-4, atol: float = 1e-4, loose: bool = False) -> Optional[Series]:
    """The first line (or scatter) whose points lie on ``y = function(x)`` and show its curve
    (:func:`how_drawn_wrong`: at least ``min_points`` distinct x values, spanning at least
    ``min_span``, a line through them in the order of x); None if none does.  With ``loose``,
    the first whose points lie on it at all, however few or out of order (to tell why not).

    For a plot of a grader-chosen function: any grid, any order of points drawn as points,
    any plotting style passes.
    """
    for s in series(figures):
        if s.kind == "line" and len(s.x) >= 2 and np.all(np.isfinite(s.x)) and np.ptp(s.x) >= min_span \
                and close(s.y, function(s.x), rtol=rtol, atol=atol) \
                and (loose or not how_drawn_wrong(s, min_points=min_points)):
            return s
    return None


def how_drawn_wrong(s: Series, *, min_points: int) -> str:
    """Why a series whose points lie on a curve does not show it ('' if it does): too few
    distinct x values, or a line joining them out of the order of x (it zigzags)."""
    distinct = len(np.unique(s.x))
    if distinct < min_points:
        return (f"its points have only {distinct} distinct x values, where a grid of at least {min_points} points "
                "shows the curve (look at the grid's values: an integer division or rounding merges them?)")
    steps = np.diff(s.x)
    if s.joined and not (np.all(steps >= 0) or np.all(steps <= 0)):
        return ("its line joins the grid's points out of the order of x, so it zigzags across the plot instead of "
                "tracing the curve (sort the grid, or draw points only)")
    return ""


def find_partial(figures: Any, y: Sequence[float], *, share: float = 0.5, rtol: float = 1e-5) -> Optional[Series]:
    """A series that shows at least ``share`` of the values ``y`` (in any order or x), or None.

    For partial credit: a curve drawn out of order, with an epoch missing, or against a
    decreasing x still plots the data, so its labels and title can be judged.
    """
    wanted = np.sort(np.asarray(y, dtype=np.float64))
    best = None
    for s in series(figures):
        if not len(s.y):
            continue
        pos = np.clip(np.searchsorted(wanted, s.y), 1, len(wanted) - 1) if len(wanted) > 1 else np.zeros(len(s.y), int)
        near = np.minimum(np.abs(wanted[pos] - s.y), np.abs(wanted[pos - 1] - s.y)) if len(wanted) > 1 else np.abs(wanted[0] - s.y)
        hits = int(np.sum(near <= rtol * np.abs(s.y) + 1e-8))
        if hits >= share * len(s.y) and hits >= share * len(wanted) and (best is None or hits > best[0]):
            best = (hits, s)
    return None if best is None else best[1]


def _kept(series: Series, wanted: np.ndarray) -> Optional[list[int]]:
    """The epochs (indices into ``wanted``) a line shows, when its values are some of the
    ``wanted`` values in epoch order against an increasing x (a curve with epochs left out);
    None otherwise."""
    kept, i = [], 0
    for value in series.y:  # the drawn values as a subsequence of the wanted ones, in order
        while i < len(wanted) and not close(np.array([value]), wanted[i:i + 1], rtol=1e-5, atol=1e-8):
            i += 1
        if i == len(wanted):
            return None
        kept.append(i)
        i += 1
    return kept if np.all(np.diff(series.x) > 0) else None


def _all_against_other_x(series: Series, wanted: np.ndarray) -> bool:
    return len(series.y) == len(wanted) and close(series.y, wanted, rtol=1e-5, atol=1e-8)


def in_epoch_order(series: Series, wanted: Sequence[float]) -> bool:
    """Whether a line showing some of the ``wanted`` values keeps their epoch order (all of them
    against other x values, or some left out): the curve in part.  Values sorted, shuffled or
    reversed are the list's numbers, not its curve."""
    wanted = np.asarray(wanted, dtype=np.float64)
    return _all_against_other_x(series, wanted) or _kept(series, wanted) is not None


def _partly(series: Series, wanted: np.ndarray) -> str:
    """What a line showing some of the ``wanted`` values got wrong, as messages say it."""
    y, x = series.y, series.x
    if _all_against_other_x(series, wanted):
        return ("a line with all those values in epoch order, but against x values that are not the epochs "
                f"(they run from {x[0]:.4g} to {x[-1]:.4g}{'' if np.all(np.diff(x) > 0) else ', not increasing'}): "
                "plot them against the epoch number")
    kept = _kept(series, wanted)
    if kept is not None:
        missing = [j + 1 for j in range(len(wanted)) if j not in set(kept)]
        shown = ", ".join(map(str, missing[:5])) + (", ..." if len(missing) > 5 else "")
        return f"a line with {len(y)} of those values, in order, without epoch(s) {shown}"
    return "a line with some of those values, not all of them in epoch order"


def text(value: Any) -> str:
    """A label or title as a plain string ('' if absent or not text)."""
    return value.strip() if isinstance(value, str) else ""


def plain(label: str) -> str:
    """A label as a reader reads it: mathtext's markup dropped (``$\\mathcal{L}(w, b)$`` reads
    "L(w, b)", ``$J(\\theta)$`` "J(θ)")."""
    if "$" not in label and "\\" not in label:
        return label
    text = label.replace("$", "")
    for command, symbol in SYMBOLS.items():
        text = text.replace("\\" + command, symbol)
    text = re.sub(r"\\[a-zA-Z]+\s*", " ", text)  # other commands (\mathrm, \,): their arguments stay
    return re.sub(r"[{}]", "", text)


#: A loss written as its formula (mathtext read as text): a squared difference, a negative log.
LOSS_FORMULAS = (re.compile(r"\([^()]*-[^()]*\)\s*(\^\s*\{?\s*2|\*\*\s*2|²)"),
                 # -log p, also after a mean's own symbols: -1/n sum_{i=1}^n log p_i
                 re.compile(r"(^|[\s(])-(?:[\d\s/_=^{}(),.|+\[\]]|(?<![A-Za-z])(?:[nNmMBik]|mean|sum|avg|E)"
                            r"(?![A-Za-z])){0,40}?log\b"))


def names_loss_formula(label: str) -> bool:
    """True if ``label`` writes a loss as its formula: ``$\\frac{1}{n}\\sum (\\hat y - y)^2$``,
    ``(y_pred - y)**2``, ``$-\\log p(y|x)$``."""
    text = plain(label)
    return any(pattern.search(text) for pattern in LOSS_FORMULAS)


def names(label: str, words: Sequence[str]) -> bool:
    """True if ``label`` names one of ``words`` (case-insensitive; plural, units, mathtext,
    punctuation or a camelCase identifier around it are fine: "Epochs", "loss (MSE)",
    "# of updates", "$J(\\theta)$", "avgBatchLoss")."""
    lowered = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", plain(label)).lower()
    return any(re.search(r"(?<![a-z])" + re.escape(word) + (r"(?![a-z])" if isinstance(word, Whole) else ""), lowered)
               for word in words)


@dataclass
class LabelVerdict:
    ok: bool
    message: str


def judge_labels(axes: dict, *, x_words: Sequence[str] = EPOCH_WORDS, y_words: Sequence[str] = LOSS_WORDS,
                 x_name: str = "the epoch (or update, iteration)", y_name: str = "the loss",
                 figure: Optional[dict] = None) -> LabelVerdict:
    """Do the x and y labels of ``axes`` (else of its ``figure``) name what is plotted (x:
    ``x_words``, y: ``y_words``)?"""
    xlabel, ylabel = axis_labels(axes, figure)
    x_ok = names(xlabel, x_words)
    y_ok = names(ylabel, y_words) or (tuple(y_words) == LOSS_WORDS and names_loss_formula(ylabel))
    if x_ok and y_ok:
        return LabelVerdict(True, f"the x axis names {x_name} ({xlabel!r}) and the y axis {y_name} ({ylabel!r})")
    if names(xlabel, y_words) and names(ylabel, x_words) and not x_ok:
        return LabelVerdict(False, f"the axis labels are swapped: x is labelled {xlabel!r} and y {ylabel!r}; "
                                   f"x should name {x_name}, y {y_name}")
    problems = []
    if not x_ok:
        problems.append(f"the x axis should name {x_name}, its label is {xlabel!r}" if xlabel
                        else f"the x axis has no label (it should name {x_name})")
    if not y_ok:
        problems.append(f"the y axis should name {y_name}, its label is {ylabel!r}" if ylabel
                        else f"the y axis has no label (it should name {y_name})")
    return LabelVerdict(False, "; ".join(problems))


def _overlays(axes: dict, figure: Optional[dict]) -> list[dict]:
    """The axes drawn at the same place as ``axes`` (a ``twinx`` pair is one plot)."""
    everything = (figure or {}).get("axes")
    everything = everything if isinstance(everything, list) else []
    indices = axes.get("overlays") if isinstance(axes.get("overlays"), list) else []
    return [everything[i] for i in indices if isinstance(i, int) and 0 <= i < len(everything)
            and isinstance(everything[i], dict)]


def _first(axes: dict, figure: Optional[dict], key: str, figure_key: str) -> str:
    for source in [axes] + _overlays(axes, figure):
        if text(source.get(key)):
            return text(source.get(key))
    return text((figure or {}).get(figure_key))


def title_of(axes: dict, figure: dict) -> str:
    """The axes' title, else that of an axes drawn over it (twinx), else the figure's suptitle
    ('' if none)."""
    return _first(axes, figure, "title", "suptitle")


def axis_labels(axes: dict, figure: Optional[dict] = None) -> tuple[str, str]:
    """The x and y labels of ``axes``, else those of an axes drawn over it (twinx), else of a
    panel sharing that axis (``sharex=True``: the bottom panel's), else the figure's shared
    ones (``fig.supxlabel``...)."""
    return tuple(_first(axes, figure, key, figure_key) or _shared(axes, figure, key, shares)
                 for key, figure_key, shares in (("xlabel", "supxlabel", "shares_x"), ("ylabel", "supylabel", "shares_y")))


def _shared(axes: dict, figure: Optional[dict], key: str, shares: str) -> str:
    panels = (figure or {}).get("axes")
    indices = axes.get(shares) if isinstance(axes.get(shares), list) else []
    for i in indices:
        if isinstance(i, int) and isinstance(panels, list) and 0 <= i < len(panels) and isinstance(panels[i], dict):
            if text(panels[i].get(key)):
                return text(panels[i].get(key))
    return ""


def labelled(axes: dict, figure: Optional[dict] = None) -> bool:
    """Are both axes of ``axes`` labelled (with anything, on the axes or the figure)?"""
    return all(axis_labels(axes, figure))


def _names_curve(label: str, words: Sequence[str]) -> bool:
    # "value" is no "val(idation)": a label "loss value" names no curve by it
    return names(re.sub(r"(?<![a-z])values?(?![a-z])", " ", label.lower()), words)


def judge_legend(found: dict[str, Series], words: dict[str, Sequence[str]],
                 variables: dict[str, str]) -> LabelVerdict:
    """Does a legend say which curve is which?  Each curve found (criterion -> its series)
    must carry a label, shown in a legend, that names it (``words[criterion]``) and no other
    curve.  A lone curve needs no legend, but must not be labelled as another one."""
    if not found:
        return LabelVerdict(False, "not earned: the legend is judged on the curves it names, and none was drawn")
    problems = []
    for criterion, s in found.items():
        others = [c for c in words if c != criterion]
        variable = variables.get(criterion, criterion)
        wrong = [c for c in others if _names_curve(s.label, words[c]) and not _names_curve(s.label, words[criterion])]
        twin = next((c for c in others if c in found and s.label and found[c].label == s.label), None)
        if twin is not None:
            if criterion < twin:  # said once for the pair
                problems.append(f"the curves of {variable} and {variables.get(twin, twin)} share the label "
                                f"{s.label!r}, so the legend cannot tell them apart: give each its own")
        elif wrong:
            problems.append(f"the curve of {variable} is labelled {s.label!r}, which names "
                            f"{variables.get(wrong[0], wrong[0])}")
        elif len(found) > 1 and s.own_label:
            problems.append(f"the curve of {variable} is labelled {s.own_label!r} but no legend shows it (call legend())")
        elif len(found) > 1 and not s.label:
            problems.append(f"the curve of {variable} has no entry in a legend (label=... in its plot call, then legend())")
        elif len(found) > 1 and not _names_curve(s.label, words[criterion]) and not (
                all(o.label and o.label != s.label and _names_curve(o.label, words[c])
                    for c, o in found.items() if c != criterion)):
            # (Told apart by the others' labels, it says which it is too: "loss" beside "val_loss", as Keras names them.)
            problems.append(f"the label {s.label!r} of the curve of {variable} does not say which curve it is")
    if problems:
        return LabelVerdict(False, "; ".join(problems))
    shown = ", ".join(f"{s.label!r}" for s in found.values() if s.label)
    return LabelVerdict(True, f"a legend says which curve is which ({shown})" if len(found) > 1 and shown
                        else "one curve, labelled as itself or not at all")


#: What a plot part says of a curve drawn so that nobody can see it.
def invisible(series: "Series") -> str:
    """What to say of a curve drawn so that nobody can see it."""
    how = series.why_hidden or "in a line nobody can see (visible=False, fully transparent, or in the colour behind it)"
    return f"them {how}: a curve counts when it can be seen"


EMPTY_FIGURE = ("; they were set on a figure that shows no data (after plt.show(), or before plt.figure(), "
                "they go to a figure of their own): set them on the figure of the curve, before plt.show()")


def set_on_an_empty_figure(drawn: Any, what: str) -> bool:
    """Whether a title (``what="title"``) or axis labels (``"labels"``) were set on axes that
    show no data: a ``plt.show()`` before them sends them to a new, empty figure."""
    for axes, figure in axes_of(drawn):
        if not (axes.get("lines") or axes.get("bars")):
            if (title_of(axes, figure) if what == "title" else (text(axes.get("xlabel")) or text(axes.get("ylabel")))):
                return True
    return False


def _together(first: Series, other: Series) -> bool:
    """Whether two series are drawn on one axes (or on axes laid over each other: ``twinx``)."""
    if first.figure is not other.figure:
        return False
    axes = first.figure.get("axes") or []
    index = next((i for i, a in enumerate(axes) if a is other.axes), None)
    overlays = first.axes.get("overlays") if isinstance(first.axes.get("overlays"), list) else []
    return first.axes is other.axes or (index is not None and index in overlays)


def _relabelled(drawn: Any, found: dict[str, Series], words: dict[str, Sequence[str]],
                variables: dict[str, str]) -> list[str]:
    """Curves drawn a second time (a copy-pasted plot call) under a label that names another curve."""
    problems = []
    for criterion, s in found.items():
        for other in series(drawn):
            if other is not s and other.label and len(other.y) == len(s.y) and close(other.y, s.y, rtol=1e-6, atol=1e-9):
                named = [c for c in words if c != criterion and _names_curve(other.label, words[c])
                         and not _names_curve(other.label, words[criterion])]
                if named:
                    problems.append(f"the values of {variables.get(criterion, criterion)} are drawn again, labelled "
                                    f"{other.label!r}, which names {variables.get(named[0], named[0])}")
                    break
    return problems


def nothing_drawn(failed: Any = None) -> str:
    """What a replay that drew no figure drew, with the error it raised when it raised one."""
    if isinstance(failed, str) and failed:
        return f"no figure: re-running the cell raised {failed[:300]}"
    return "no figure"


def _assigned(overwritten: Sequence[str], names: Sequence[str]) -> str:
    """``; plt.title was given a value ...`` for those of ``names`` the notebook assigned to."""
    hit = [name for name in names if isinstance(overwritten, (list, tuple)) and name in overwritten]
    if not hit:
        return ""
    calls = " and ".join(f"plt.{name}" for name in hit)
    return (f"; {calls} {'was' if len(hit) == 1 else 'were'} given a value ({'plt.' + hit[0]} = '...'), which sets "
            f"nothing and hides the function: call it instead, {'plt.' + hit[0]}('...') (restart the kernel to get "
            "it back)")


def judge_curves(drawn: Any, curves: dict[str, tuple[str, Sequence[float]]], *, what: str = "the loss curve",
                 x_words: Sequence[str] = EPOCH_WORDS, y_words: Sequence[str] = LOSS_WORDS,
                 legend: Optional[dict[str, Sequence[str]]] = None, together: bool = False,
                 failed: Optional[str] = None, overwritten: Sequence[str] = ()) -> dict[str, tuple[bool, str]]:
    """Judge a replayed plot of per-epoch curves: each curve drawn, then labels and title.

    Args:
        drawn: the figures the replayed plot cell drew (the grader's values only count).
        curves: criterion -> (variable, values) the replay put in the notebook, e.g.
            ``{"train": ("train_losses", [...]), "val": ("val_losses", [...])}``.
        what: the figure in messages ("the loss curve").
        legend: criterion -> words that name its curve in a legend label, to judge a
            ``legend`` criterion as well (:func:`judge_legend`; a curve's values drawn again
            under another curve's label lose it too).
        together: the curves must share one axes (or axes laid over each other): a
            curve found elsewhere loses its criterion.
        failed: the error the replayed cell raised, if any (said when it drew nothing).
        overwritten: pyplot's text functions the notebook assigned a value to (``plt.title =
            "Loss"``), named where their text is missing.

    Returns:
        criterion -> (ok, message) for every curve's criterion, ``labels`` (judged by
        what they say, on the axes of the first curve found, else of one drawn in part:
        at least half its values in epoch order, against other x values or with epochs
        left out, or as logarithms) and ``title``; labels and title are not earned when no
        curve is found at all, nor on values reordered (sorted, reversed).
    """
    results, found, partly, named, reordered = {}, [], [], {}, False
    for label, (variable, values) in curves.items():
        wanted = np.asarray(values, dtype=np.float64)
        match = find_series(drawn, wanted)
        if match is not None:
            found.append(match)
            named[label] = match
            results[label] = (True, f"plots {variable} with one point per epoch")
            continue
        logged = find_series(drawn, wanted, unlabelled_logs=True)
        if logged is not None:  # the right curve, as logarithms the y axis does not announce
            partly.append(logged)
            results[label] = (False, f"plots the logarithms of {variable}, under a y label that does not say so "
                                     f"({axis_labels(logged.axes, logged.figure)[1]!r}): plot the values themselves "
                                     "(plt.yscale('log') for a log scale), or say log in the label")
            continue
        partial = find_partial(drawn, wanted)
        # Labels and title count on a curve shown in part (epochs left out, or against other x
        # values), not on the list's values reordered (sorted "to look smooth"): that is no curve.
        ordered = partial is not None and in_epoch_order(partial, wanted)
        partly += [partial] if ordered else []
        reordered |= partial is not None and not ordered
        along_x = any(len(s.x) == len(wanted) and close(s.x, wanted, rtol=1e-5, atol=1e-8) for s in series(drawn))
        seen = (nothing_drawn(failed) if not drawn else _partly(partial, wanted)
                if partial is not None else invisible(unseen) if (unseen := find_series(drawn, wanted, hidden=True))
                else "those values along the x axis: plt.plot(x, y) takes the epochs first, then the values"
                if along_x else f"{len(drawn)} figure(s) without those values"
                + (f" (re-running the cell raised {failed[:300]})" if isinstance(failed, str) and failed else ""))
        results[label] = (False, f"re-running the plot cell with {variable} = {short(wanted)} ({len(wanted)} epochs) "
                                 f"should draw those {len(wanted)} values in epoch order; it drew {seen}")
    found += partly  # a curve drawn out of order still shows where its labels are
    if not found:
        shown = " and ".join(variable for variable, _ in curves.values())
        pronoun = "them" if len(curves) > 1 else "it"
        for label, judged in (("labels", "the axis labels are"), ("title", "the title is"),
                              ("legend", "the legend is")):
            if label != "legend" or legend is not None:
                results[label] = (False, f"not earned: {judged} judged on the axes that show {shown}, and no axes "
                                         f"showed {pronoun}" + (" (their values reordered, sorted say, are not "
                                                                "their curves)" if reordered else ""))
        return results
    verdict = judge_labels(found[0].axes, x_words=x_words, y_words=y_words, figure=found[0].figure)
    title = title_of(found[0].axes, found[0].figure)
    results["labels"] = (verdict.ok, verdict.message + ("" if verdict.ok or not set_on_an_empty_figure(drawn, "labels")
                                                        else EMPTY_FIGURE)
                         + ("" if verdict.ok else _assigned(overwritten, ("xlabel", "ylabel"))))
    results["title"] = (bool(title), f"has a title ({title!r})" if title else f"{what} needs a title"
                        + (EMPTY_FIGURE if set_on_an_empty_figure(drawn, "title") else "")
                        + _assigned(overwritten, ("title",)))
    variables = {c: variable for c, (variable, _) in curves.items()}
    if together and named:
        first = next(iter(named.values()))
        for label, s in list(named.items())[1:]:
            if not _together(first, s):
                results[label] = (False, f"plots {variables[label]} on other axes than {variables[next(iter(named))]}: "
                                         "draw the curves on one axes, so that they can be compared")
    if legend is not None:
        verdict = judge_legend(named, legend, variables)
        relabelled = _relabelled(drawn, named, legend, variables)
        results["legend"] = (False, "; ".join(relabelled)) if relabelled and verdict.ok else (verdict.ok, verdict.message)
    if isinstance(failed, str) and failed:  # (what the cell does after the failing line was never done)
        results = {label: (ok, message if ok or "re-running the cell raised" in message else
                           f"{message} (re-running the cell raised {failed[:300]}: its lines after that one never ran)")
                   for label, (ok, message) in results.items()}
    return results
