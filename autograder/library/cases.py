"""Judge side: a part probed on several cases, and what each criterion found.

Most probes run the student's function once per input case and report ``{"cases":
[records]}`` (see :func:`.probe_calls.each_case`), or ``{"error": ...}`` when they could
not run at all (the function is not defined).  The helpers here turn such errors into
lost criteria whose message says what happened (a stub that still raises
``NotImplementedError`` is "not written yet"), and :class:`Findings` keeps, for each
criterion, the first case that fails it.
"""

from __future__ import annotations

from typing import Any, Callable, Optional, Sequence

from autograder.library.checks import BadData, field
from autograder.library.hints import error_hint
from autograder.library.points import Scale
from autograder.library.substance import Substance
from autograder.library.values import Output, read_call
from autograder.results import Criterion

#: (ok, message) of one criterion.
Result = tuple[bool, str]


def returned_nothing(record: dict) -> str:
    """For a run that did nothing: `` and returned None: ...`` if its record says it returned
    None (an empty body), else ``""``."""
    returned = record.get("returned")
    empty = isinstance(returned, dict) and returned.get("type") == "builtins.NoneType"
    return " and returned None: is its body still empty (`pass`), or its `return` missing?" if empty else ""


def not_written(error: Any) -> bool:
    """Is ``error`` (``Name: message``) the untouched stub's ``NotImplementedError``? The
    stub's has no message; a library's (torch's forward mode on a function without a
    ``jvp``, say) says what it lacks, and is reported as it is."""
    name, _, message = str(error).partition(":")
    return name.strip() == "NotImplementedError" and not message.strip()


def _stub(name: str) -> str:
    return (f"{name.split('(')[0]} raises NotImplementedError: it is not written yet, or the template's "
            "`raise NotImplementedError()` line is still there (delete it once your code is in place)")


def raised(name: str, error: Any, where: Any = None) -> str:
    """Why a call of ``name`` (e.g. ``softmax(z)``) failed: not written yet, or the error it
    raised; ``where``: the student's function it was raised in, when another one (a stub the
    function calls: that one is not written yet)."""
    own = name.split("(")[0]
    if not_written(error) and isinstance(where, str) and where.isidentifier() and where != own:
        return (f"{own} calls {where}, which raises NotImplementedError: {where} is not written yet, or the "
                "template's `raise NotImplementedError()` line is still there")
    return _stub(name) if not_written(error) else f"{name} raised {str(error)[:300]}{error_hint(error)}"


def failed(name: str, data: Any, scale: Scale) -> Optional[list[Criterion]]:
    """Every criterion lost if the probe sent no data or reported an error; None otherwise."""
    if not isinstance(data, dict):
        return scale.all_lost(f"{name} could not be checked: no data came back")
    error = data.get("error")
    if error is None:
        return None
    return scale.all_lost(_stub(name) if not_written(error) else
                          f"{name} could not be checked: {str(error)[:300]}{error_hint(error)}")


def case_records(name: str, inputs: dict, data: Any, scale: Scale, *,
                 tolerated: Callable[[dict], bool] = lambda case: False) -> tuple[Optional[list[Criterion]], list[dict]]:
    """``(lost, records)``: every criterion lost if the probe failed or any case raised, else
    ``(None, one record per input case)``.  A case for which ``tolerated(case)`` holds (an
    edge of what the spec allows: one row, a 0-d x) keeps its record when it raised: the
    judge charges its error to the criteria that case measures, not to the whole part.

    Raises:
        BadData: if the records do not match the input cases.
    """
    lost = failed(name, data, scale)
    if lost:
        return lost, []
    records = field(data, "cases", list)
    if len(records) != len(inputs["cases"]):
        raise BadData(f"expected results for {len(inputs['cases'])} cases, got {len(records)}")
    for case, record in zip(inputs["cases"], records):
        if not isinstance(record, dict):
            raise BadData("a case's result is not a record")
        if "error" in record and not tolerated(case):
            return scale.all_lost(raised(name, record["error"], record.get("raised_in"))), []
    return None, records


def call_outputs(name: str, inputs: dict, data: Any, scale: Scale, *,
                 tolerated: Callable[[dict], bool] = lambda case: False) -> tuple[Optional[list[Criterion]], list[Output]]:
    """:func:`case_records` of :func:`.probe_calls.call` records, read as :class:`~.values.Output` s."""
    lost, records = case_records(name, inputs, data, scale, tolerated=tolerated)
    return lost, [read_call(record) for record in records]


class Findings:
    """Each criterion's verdict as the cases are judged: passed (with its message) until a
    case fails it; the first failure is the one reported."""

    def __init__(self, passed: dict[str, str]):
        self.results: dict[str, Result] = {name: (True, message) for name, message in passed.items()}

    def ok(self, name: str) -> bool:
        """Has criterion ``name`` passed every case so far?"""
        return self.results[name][0]

    def fail(self, name: str, message: str) -> None:
        """Criterion ``name`` fails, unless it already failed (its first message stays)."""
        if self.ok(name):
            self.results[name] = (False, message)

    def merge(self, verdict: dict[str, Result]) -> None:
        """One case's verdicts: a criterion still passing takes the case's (ok, message)."""
        for name, result in verdict.items():
            if self.ok(name):
                self.results[name] = result

    def gate(self, shown: Substance, names: tuple[str, ...], why: str, *, values: tuple[str, ...] = ()) -> None:
        """Criteria of form (``names``) are lost, whatever they found, unless the answer has substance.

        The message is ``not earned: <what was observed><why>``, from the first gate that
        took the criterion (gate the plainest observations first).  Criteria of ``values``
        earned on the cases they check are lost too: right numbers from calls that other
        calls show to ignore their inputs (a cache keyed by shape) are no evidence.
        """
        if not shown.ok:
            for name in names:
                if not self.results[name][1].startswith("not earned: "):  # (the first reason found stays)
                    self.results[name] = (False, f"not earned: {shown.reason}{why}")
            for name in values:
                if self.ok(name):
                    self.results[name] = (False, f"not earned: {shown.reason} (right numbers on some calls are no "
                                                 "evidence when other calls ignore their inputs: a result kept from "
                                                 "an earlier call?)")

    def criteria(self, scale: Scale) -> list[Criterion]:
        return scale.verdicts(self.results)


def judge_each(name: str, inputs: dict, data: Any, scale: Scale,
               judge_case: Callable[[dict, dict], dict[str, Result]], *,
               judged_when_raised: Sequence[str] = (), unseen_when_raised: Sequence[str] = ()) -> list[Criterion]:
    """Judge a probe's run of ``name`` on every case: ``judge_case(case, record)`` gives
    each criterion's (ok, message) for one case, and the first failure of each is kept.

    A case that raised loses every criterion with its error, except those of
    ``judged_when_raised``, which are judged on what it did before it raised (a training
    loop's steps, when only its return failed), if it did anything; one whose record cannot
    be read (:class:`BadData`) loses every criterion saying so.  Of ``unseen_when_raised``, a
    case that raised before showing them (``judge_case`` of what it did says nothing of them)
    loses none: they are judged on the other cases.
    """
    lost = failed(name, data, scale)
    if lost:
        return lost
    records = field(data, "cases", list)
    if len(records) != len(inputs["cases"]):
        return scale.all_lost(f"{name} was not run on every case")
    findings = Findings({label: "" for label in scale.names})
    for case, record in zip(inputs["cases"], records):
        record = record if isinstance(record, dict) else {}
        if "error" in record:
            verdict = {label: (False, raised(name, record["error"], record.get("raised_in"))) for label in scale.names}
            ran = {}
            if judged_when_raised and record.get("calls"):
                try:
                    ran = judge_case(case, record)
                except BadData:
                    pass
            # What it did before it raised stands where it is right; where it is wrong, the
            # error comes first, as the likelier cause (a forward that failed never trained).
            verdict.update({label: ran[label] if ran[label][0] else
                            (False, f"{verdict[label][1]} (what ran before it raised: {ran[label][1]})")
                            for label in judged_when_raised if label in ran})
            findings.merge({label: result for label, result in verdict.items()
                            if label in ran or label not in unseen_when_raised})
            continue
        try:
            verdict = judge_case(case, record)
        except BadData as error:
            verdict = {label: (False, f"{name}'s run could not be read: {error}") for label in scale.names}
        findings.merge(verdict)
    return findings.criteria(scale)
