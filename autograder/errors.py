"""The one exception the grader raises for problems it can explain to the instructor."""


class AutograderError(Exception):
    """An expected failure (bad assignment, missing sandbox, unreadable input).

    The CLI prints its message and exits with status 1; nothing else is shown.
    """
