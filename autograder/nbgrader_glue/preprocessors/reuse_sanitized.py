"""The recording pass reuses the sanitized submission instead of sanitizing it again
(the grader sanitized it once already, with the same nbgrader steps on the same file;
running them again cost a tenth of its time)."""

from __future__ import annotations

import json

import nbformat
from nbconvert.exporters.exporter import ResourcesDict
from nbformat import NotebookNode
from nbgrader.preprocessors import NbGraderPreprocessor

from autograder.errors import AutograderError
from autograder.nbgrader_glue.run_files import notebook_digest, sanitized_path, results_dir_trait


class ReuseSanitized(NbGraderPreprocessor):
    """Replace the submission by its stored sanitized version (see :func:`store_sanitized`)."""

    results_dir = results_dir_trait()

    def preprocess(self, nb: NotebookNode, resources: ResourcesDict):
        student = resources["nbgrader"]["student"]
        notebook = resources["nbgrader"]["notebook"]
        path = sanitized_path(self.results_dir, student, notebook)
        try:
            stored = json.loads(path.read_text())
        except (OSError, ValueError) as error:
            raise AutograderError(f"{path}: no sanitized copy of {student}/{notebook}: {error}") from error
        if stored.get("submitted") != notebook_digest(nb):
            raise AutograderError(f"{path}: sanitized from another version of {student}/{notebook}")
        return nbformat.from_dict(stored["notebook"]), resources
