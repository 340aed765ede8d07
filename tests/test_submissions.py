"""Finding each student's notebook in folders and zips, and reading it without trusting it."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from autograder.errors import AutograderError
from autograder.lms.submissions import collect, parse_notebook

NAME = "pa2_gradient_descent"
NOTEBOOKS = [NAME]


def notebook_bytes(text: str = "x = 1") -> bytes:
    """A small valid notebook whose code is ``text`` (so contents can be told apart)."""
    cell = new_code_cell(text)
    cell.id = "answer"  # fixed, so that equal texts give equal bytes
    return nbformat.writes(new_notebook(cells=[cell])).encode()


def make_tree(root: Path, files: dict[str, bytes]) -> Path:
    for relative, data in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def make_zip(path: Path, files: dict[str, bytes], symlinks: dict[str, str] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        for name, target in (symlinks or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (0o120777 << 16)  # what `zip --symlinks` stores
            archive.writestr(info, target)
    return path


def by_id(submissions) -> dict:
    return {s.student_id: s for s in submissions}


def graded(sub, text: str) -> bool:
    """Was ``sub`` read without problem, holding the notebook whose code is ``text``?"""
    return sub.problem is None and sub.files == {NAME: notebook_bytes(text)}


# --------------------------------------------------------------------------- layouts

def test_when_folder_holds_flat_notebooks_then_each_file_is_a_student(tmp_path):
    make_tree(tmp_path, {"alice.ipynb": notebook_bytes("a = 1"), "bob.ipynb": notebook_bytes("b = 2")})
    subs = by_id(collect(tmp_path, notebooks=NOTEBOOKS))
    assert sorted(subs) == ["alice", "bob"]
    assert graded(subs["alice"], "a = 1") and graded(subs["bob"], "b = 2")
    assert subs["alice"].origins == {NAME: "alice.ipynb"}
    assert subs["alice"].warnings == []


def test_when_students_have_folders_then_notebooks_are_found_at_any_depth(tmp_path):
    make_tree(tmp_path, {
        f"alice/{NAME}.ipynb": notebook_bytes("a = 1"),
        f"bob/work/week2/{NAME}.ipynb": notebook_bytes("b = 2"),
        "bob/notes.txt": b"not graded",
    })
    subs = by_id(collect(tmp_path, notebooks=NOTEBOOKS))
    assert sorted(subs) == ["alice", "bob"]
    assert graded(subs["alice"], "a = 1") and graded(subs["bob"], "b = 2")
    assert subs["bob"].origins == {NAME: f"bob/work/week2/{NAME}.ipynb"}


def test_when_folder_holds_a_single_student_folder_then_it_is_not_taken_for_a_wrapper(tmp_path):
    """Is one student's folder graded as that student (not as a student named after the notebook)?"""
    make_tree(tmp_path, {f"alice/{NAME}.ipynb": notebook_bytes("a = 1")})
    subs = by_id(collect(tmp_path, notebooks=NOTEBOOKS))
    assert list(subs) == ["alice"]
    assert graded(subs["alice"], "a = 1")


def test_when_zip_holds_flat_notebooks_and_folders_then_both_are_read(tmp_path):
    archive = make_zip(tmp_path / "subs.zip", {
        "alice.ipynb": notebook_bytes("a = 1"),
        f"bob/deep/{NAME}.ipynb": notebook_bytes("b = 2"),
    })
    subs = by_id(collect(archive, notebooks=NOTEBOOKS))
    assert sorted(subs) == ["alice", "bob"]
    assert graded(subs["alice"], "a = 1") and graded(subs["bob"], "b = 2")


@pytest.mark.parametrize("wrapper", ["export", "export/course 101/assignment"])
def test_when_zip_wraps_everything_in_one_folder_then_the_wrapper_is_skipped(tmp_path, wrapper):
    """Is an LMS export (all members under one or more wrapping folders) read as its students?"""
    archive = make_zip(tmp_path / "lms.zip", {
        f"{wrapper}/alice.ipynb": notebook_bytes("a = 1"),
        f"{wrapper}/bob/{NAME}.ipynb": notebook_bytes("b = 2"),
    })
    subs = by_id(collect(archive, notebooks=NOTEBOOKS))
    assert sorted(subs) == ["alice", "bob"]
    assert graded(subs["alice"], "a = 1") and graded(subs["bob"], "b = 2")


def test_when_wrapper_holds_one_student_folder_then_that_student_is_graded(tmp_path):
    archive = make_zip(tmp_path / "lms.zip", {f"export/alice/{NAME}.ipynb": notebook_bytes("a = 1")})
    subs = by_id(collect(archive, notebooks=NOTEBOOKS))
    assert list(subs) == ["alice"] and graded(subs["alice"], "a = 1")


def test_when_zip_has_macosx_junk_and_hidden_files_then_they_are_ignored(tmp_path):
    archive = make_zip(tmp_path / "mac.zip", {
        "export/alice.ipynb": notebook_bytes("a = 1"),
        "__MACOSX/export/._alice.ipynb": b"\x00\x05\x16\x07resource fork",
        "export/.DS_Store": b"\x00\x00",
        "export/bob/.ipynb_checkpoints/pa2_gradient_descent-checkpoint.ipynb": notebook_bytes("old"),
        f"export/bob/{NAME}.ipynb": notebook_bytes("b = 2"),
    })
    subs = by_id(collect(archive, notebooks=NOTEBOOKS))
    # A __MACOSX/ member left in would also break the wrapper detection (two top folders).
    assert sorted(subs) == ["alice", "bob"]
    assert graded(subs["alice"], "a = 1") and graded(subs["bob"], "b = 2")


def test_when_zip_member_is_a_symlink_then_it_is_refused_and_not_read(tmp_path):
    archive = make_zip(tmp_path / "links.zip", {"bob.ipynb": notebook_bytes("b = 2")},
                       symlinks={"alice.ipynb": "/etc/passwd"})
    subs = by_id(collect(archive, notebooks=NOTEBOOKS))
    assert "symbolic link" in subs["alice"].problem
    assert subs["alice"].files == {}
    assert graded(subs["bob"], "b = 2")


def test_when_zip_members_lead_out_of_the_archive_then_each_is_a_row_and_nothing_is_read(tmp_path):
    archive = make_zip(tmp_path / "out.zip", {"../../evil.ipynb": notebook_bytes("e = 1"),
                                              "mallory/../../x.ipynb": notebook_bytes("m = 1"),
                                              "/abs.ipynb": notebook_bytes("a = 1"),
                                              "bob.ipynb": notebook_bytes("b = 2")})
    subs = collect(archive, notebooks=NOTEBOOKS)
    unsafe = [s for s in subs if s.problem and "a path out of the archive" in s.problem]
    assert len(unsafe) == 3 and all(s.files == {} for s in unsafe)
    assert {s.problem.split(":")[0] for s in unsafe} == {"../../evil.ipynb", "mallory/../../x.ipynb", "/abs.ipynb"}
    assert graded(by_id(subs)["bob"], "b = 2")


def test_when_a_student_folder_also_holds_an_archive_then_it_is_named_as_not_opened(tmp_path):
    folder = make_tree(tmp_path / "subs", {f"heidi/{NAME}.ipynb": notebook_bytes("h = 1"), "heidi/backup.zip": b"PK"})
    heidi = by_id(collect(folder, notebooks=NOTEBOOKS))["heidi"]
    assert graded(heidi, "h = 1") and heidi.warnings == ["not opened (archives inside the export are not read): backup.zip"]


def test_when_two_ids_differ_only_in_case_then_both_rows_say_so(tmp_path):
    folder = make_tree(tmp_path / "subs", {"Alice.ipynb": notebook_bytes("a = 1"), "alice.ipynb": notebook_bytes("a = 2"),
                                           "bob.ipynb": notebook_bytes("b = 2")})
    subs = by_id(collect(folder, notebooks=NOTEBOOKS))
    assert subs["Alice"].warnings == ["the id of 'alice' differs from this one only in case or spaces: the same student?"]
    assert subs["alice"].warnings and subs["bob"].warnings == []


def test_when_zip_member_names_are_not_normalized_then_they_are_still_read(tmp_path):
    """Are members named ``./alice.ipynb`` or ``bob//x.ipynb`` read (not a crash on lookup)?"""
    archive = make_zip(tmp_path / "odd.zip", {
        "./alice.ipynb": notebook_bytes("a = 1"),
        f"bob//{NAME}.ipynb": notebook_bytes("b = 2"),
    })
    subs = by_id(collect(archive, notebooks=NOTEBOOKS))
    assert graded(subs["alice"], "a = 1") and graded(subs["bob"], "b = 2")


def _set_encrypted_flag(data: bytearray) -> bytearray:
    data[6] |= 1  # local header: general purpose flag, bit 0
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 1  # central directory: the same flag
    return data


def test_when_zip_member_is_encrypted_or_corrupt_then_only_that_student_has_a_problem(tmp_path):
    """Does an unreadable member stay that student's problem instead of stopping the whole run?"""
    encrypted = make_zip(tmp_path / "enc.zip", {"alice.ipynb": notebook_bytes("a = 1"),
                                                "bob.ipynb": notebook_bytes("b = 2")})
    encrypted.write_bytes(bytes(_set_encrypted_flag(bytearray(encrypted.read_bytes()))))
    subs = by_id(collect(encrypted, notebooks=NOTEBOOKS))
    assert "cannot read" in subs["alice"].problem and subs["alice"].files == {}
    assert graded(subs["bob"], "b = 2")

    corrupt = make_zip(tmp_path / "bad.zip", {"alice.ipynb": notebook_bytes("a = 1" * 200)})
    data = bytearray(corrupt.read_bytes())
    start = 30 + len("alice.ipynb")  # compressed data follows the 30-byte local header and the name
    data[start + 2:start + 12] = bytes(b ^ 0xFF for b in data[start + 2:start + 12])
    corrupt.write_bytes(bytes(data))
    subs = by_id(collect(corrupt, notebooks=NOTEBOOKS))
    assert "cannot read" in subs["alice"].problem and subs["alice"].files == {}


# --------------------------------------------------------------------------- problems

def test_when_the_only_notebook_in_a_folder_is_misnamed_then_it_is_graded_with_a_warning(tmp_path):
    make_tree(tmp_path, {"alice/my homework (1).ipynb": notebook_bytes("a = 1"),
                         f"bob/{NAME}.ipynb": notebook_bytes("b = 2")})
    subs = by_id(collect(tmp_path, notebooks=NOTEBOOKS))
    assert graded(subs["alice"], "a = 1")
    assert any("my homework (1).ipynb" in w and f"{NAME}.ipynb" in w for w in subs["alice"].warnings)
    assert subs["bob"].warnings == []


def test_when_a_folder_has_several_wrongly_named_notebooks_then_none_is_guessed(tmp_path):
    make_tree(tmp_path, {"alice/a.ipynb": notebook_bytes(), "alice/b.ipynb": notebook_bytes(),
                         f"bob/{NAME}.ipynb": notebook_bytes()})
    alice = by_id(collect(tmp_path, notebooks=NOTEBOOKS))["alice"]
    assert alice.files == {}
    assert f"missing {NAME}.ipynb" in alice.problem and "a.ipynb" in alice.problem


def test_when_a_student_submits_a_text_file_then_it_is_that_students_problem(tmp_path):
    make_tree(tmp_path, {"carol.txt": b"my answers are in the email", "bob.ipynb": notebook_bytes("b = 2")})
    subs = by_id(collect(tmp_path, notebooks=NOTEBOOKS))
    assert sorted(subs) == ["bob", "carol"]
    assert "not a notebook" in subs["carol"].problem and "carol.txt" in subs["carol"].problem
    assert graded(subs["bob"], "b = 2")


def test_when_a_notebook_is_a_symlink_then_it_is_refused_and_its_target_not_read(tmp_path):
    secret = tmp_path / "outside" / "answers.ipynb"
    make_tree(tmp_path / "outside", {"answers.ipynb": notebook_bytes("secret = 42")})
    subs_dir = make_tree(tmp_path / "subs", {"bob.ipynb": notebook_bytes("b = 2")})
    os.symlink(secret, subs_dir / "alice.ipynb")
    os.makedirs(subs_dir / "dave")
    os.symlink(secret, subs_dir / "dave" / f"{NAME}.ipynb")
    subs = by_id(collect(subs_dir, notebooks=NOTEBOOKS))
    for sid in ("alice", "dave"):
        assert "symbolic link" in subs[sid].problem
        assert subs[sid].files == {}
    assert graded(subs["bob"], "b = 2")


@pytest.mark.parametrize("bad_id", ["-alice", "bad id", "_alice", "a" * 101, "élise"])
def test_when_student_id_is_invalid_then_the_submission_is_not_read(tmp_path, bad_id):
    make_tree(tmp_path, {f"{bad_id}.ipynb": notebook_bytes(), "bob.ipynb": notebook_bytes("b = 2")})
    subs = by_id(collect(tmp_path, notebooks=NOTEBOOKS))
    assert "invalid student id" in subs[bad_id].problem
    assert ("longer than the 100 allowed" in subs[bad_id].problem) is (len(bad_id) > 100)
    assert subs[bad_id].files == {}
    assert graded(subs["bob"], "b = 2")


@pytest.mark.parametrize("good_id", ["a", "alice.smith", "s1234567", "jo+tests@uni.edu", "A_b-9"])
def test_when_student_id_uses_allowed_characters_then_it_is_accepted(tmp_path, good_id):
    make_tree(tmp_path, {f"{good_id}.ipynb": notebook_bytes(), "bob.ipynb": notebook_bytes("b = 2")})
    assert by_id(collect(tmp_path, notebooks=NOTEBOOKS))[good_id].problem is None


def test_when_a_student_is_both_a_file_and_a_folder_then_neither_is_graded(tmp_path):
    make_tree(tmp_path, {"alice.ipynb": notebook_bytes("a = 1"), f"alice/{NAME}.ipynb": notebook_bytes("a = 2"),
                         "bob.ipynb": notebook_bytes("b = 2")})
    subs = by_id(collect(tmp_path, notebooks=NOTEBOOKS))
    assert "twice" in subs["alice"].problem and subs["alice"].files == {}
    assert graded(subs["bob"], "b = 2")


def test_when_a_file_is_larger_than_the_limit_then_it_is_refused_in_folders_and_zips(tmp_path):
    small, big = notebook_bytes("a = 1"), notebook_bytes("x = '" + "y" * 5000 + "'")
    limit = len(small) + 10
    folder = make_tree(tmp_path / "subs", {"alice.ipynb": small, "bob.ipynb": big})
    archive = make_zip(tmp_path / "subs.zip", {"alice.ipynb": small, "bob.ipynb": big})
    for location in (folder, archive):
        subs = by_id(collect(location, notebooks=NOTEBOOKS, max_bytes=limit))
        assert graded(subs["alice"], "a = 1")
        assert "cannot read" in subs["bob"].problem and "larger than" in subs["bob"].problem
        assert subs["bob"].files == {}


def test_when_the_limit_is_exactly_the_size_then_the_file_is_accepted(tmp_path):
    data = notebook_bytes("a = 1")
    make_tree(tmp_path, {"alice.ipynb": data})
    assert by_id(collect(tmp_path, notebooks=NOTEBOOKS, max_bytes=len(data)))["alice"].problem is None


def test_when_assignment_has_several_notebooks_then_a_flat_file_is_refused(tmp_path):
    make_tree(tmp_path, {"alice.ipynb": notebook_bytes(), "bob/part1.ipynb": notebook_bytes("1"),
                         "bob/part2.ipynb": notebook_bytes("2")})
    subs = by_id(collect(tmp_path, notebooks=["part1", "part2"]))
    assert "several notebooks" in subs["alice"].problem
    assert subs["bob"].problem is None
    assert subs["bob"].files == {"part1": notebook_bytes("1"), "part2": notebook_bytes("2")}


def test_digest_depends_on_the_content_only(tmp_path):
    make_tree(tmp_path, {"alice.ipynb": notebook_bytes("same"), "bob/x/" f"{NAME}.ipynb": notebook_bytes("same"),
                         "carol.ipynb": notebook_bytes("other")})
    subs = by_id(collect(tmp_path, notebooks=NOTEBOOKS))
    assert subs["alice"].digest == subs["bob"].digest != subs["carol"].digest


@pytest.mark.parametrize("name, content", [
    ("missing", None),
    ("missing.zip", None),
    ("grades.zip", b"this is not a zip"),
    ("alice.ipynb", notebook_bytes()),  # a single notebook is not a folder of submissions
], ids=["no-folder", "no-zip", "not-a-zip", "a-notebook"])
def test_when_location_is_missing_or_not_a_zip_then_autograder_error_names_it(tmp_path, name, content):
    location = tmp_path / name
    if content is not None:
        location.write_bytes(content)
    with pytest.raises(AutograderError, match=name):
        collect(location, notebooks=NOTEBOOKS)


# --------------------------------------------------------------------------- parse_notebook

@pytest.mark.parametrize("data, reason", [
    (b"", "is empty"),
    (b"  \n\t ", "is empty"),
    (b"{\"cells\": [", "not valid JSON"),
    (b"\x89PNG\r\n\x1a\n\xff\xfe", "not text"),
    (b"[1, 2, 3]", "not a Jupyter notebook"),
    (b"{\"name\": \"my answers\"}", "not a Jupyter notebook"),
    (b"{\"cells\": 3}", "not a Jupyter notebook"),
    (b"{\"cells\": [1, 2], \"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}}", "not a valid notebook"),
    (b"{\"cells\": [], \"nbformat\": 4.0, \"nbformat_minor\": 5, \"metadata\": {}}", ""),
    (b"{\"cells\": [], \"nbformat\": 4, \"nbformat_minor\": \"x\", \"metadata\": {}}", ""),
    (b"{\"cells\": [], \"nbformat\": 9, \"nbformat_minor\": 0, \"metadata\": {}}", ""),
    (b"{\"cells\": [], \"metadata\": {\"a\": " + b"[" * 100_000 + b"]" * 100_000 + b"}}", ""),
    # Deep enough for nbformat's recursive conversion, not for json.loads.
    (b"{\"cells\": [], \"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {\"a\": "
     + b"[" * 600 + b"]" * 600 + b"}}", ""),
], ids=["empty", "blank", "truncated", "binary", "list", "dict", "cells-not-list", "cells-not-dicts",
        "float-version", "str-minor", "future-version", "deep-nesting", "deep-metadata"])
def test_when_file_is_not_a_notebook_then_value_error_names_the_file(data, reason):
    with pytest.raises(ValueError) as caught:
        parse_notebook(data, "alice/homework.ipynb")
    assert "alice/homework.ipynb" in str(caught.value)
    assert reason in str(caught.value)


def test_when_a_valid_notebook_is_parsed_then_its_cells_are_kept():
    nb = parse_notebook(notebook_bytes("w = 3"), "alice.ipynb")
    assert nb.nbformat == 4 and [c.source for c in nb.cells] == ["w = 3"]


def test_a_student_folder_that_is_a_symbolic_link_is_named_as_one(tmp_path):
    make_tree(tmp_path / "elsewhere", {f"{NAME}.ipynb": notebook_bytes("h = 1")})
    subs_dir = make_tree(tmp_path / "subs", {"bob.ipynb": notebook_bytes("b = 2")})
    (subs_dir / "heidi").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    subs = by_id(collect(subs_dir, notebooks=NOTEBOOKS))
    assert subs["heidi"].problem == "heidi is a symbolic link: links are not followed" and subs["heidi"].files == {}


def test_a_notebook_saved_with_a_byte_order_mark_is_read():
    nb = parse_notebook(b"\xef\xbb\xbf" + notebook_bytes("w = 3"), "alice.ipynb")
    assert [c.source for c in nb.cells] == ["w = 3"]


@pytest.mark.filterwarnings("ignore::nbformat.warnings.DuplicateCellId")  # expected: the input is bad
def test_when_cell_ids_are_duplicated_or_invalid_then_they_are_made_unique():
    nb = new_notebook(cells=[new_code_cell("a"), new_code_cell("b"), new_markdown_cell("c"), new_code_cell("d")])
    raw = json.loads(nbformat.writes(nb))
    raw["cells"][0]["id"] = "same"
    raw["cells"][1]["id"] = "same"  # a copied cell
    raw["cells"][2]["id"] = "not valid!"
    raw["cells"][3]["id"] = "keep-me"
    parsed = parse_notebook(json.dumps(raw).encode(), "alice.ipynb")
    ids = [c.id for c in parsed.cells]
    assert len(set(ids)) == 4
    assert ids[0] == "same" and ids[3] == "keep-me"  # valid, first-seen ids are left alone
    assert [c.source for c in parsed.cells] == ["a", "b", "c", "d"]
    nbformat.validate(parsed)


@pytest.mark.parametrize("minor", [0, 4])
def test_when_notebook_is_an_older_v4_without_cell_ids_then_it_is_accepted(minor):
    """Is a notebook saved as nbformat 4.0 (Colab) or 4.4 (older Jupyter) graded, with cell ids added?"""
    raw = json.loads(nbformat.writes(new_notebook(cells=[new_code_cell("a"), new_code_cell("b")])))
    raw["nbformat_minor"] = minor
    for cell in raw["cells"]:
        del cell["id"]
    nb = parse_notebook(json.dumps(raw).encode(), "alice.ipynb")
    assert [c.source for c in nb.cells] == ["a", "b"]
    assert len({c.id for c in nb.cells}) == 2
    nbformat.validate(nb)


def test_when_the_release_notebook_is_submitted_then_it_parses_unchanged():
    """Is the real student notebook read with its cells, ids and nbgrader metadata intact?"""
    from notebooks import RELEASE, submission

    nb = submission()
    parsed = parse_notebook(nbformat.writes(nb).encode(), RELEASE.name)
    assert [c.id for c in parsed.cells] == [c.id for c in nb.cells]
    assert [c.source for c in parsed.cells] == [c.source for c in nb.cells]
    assert [c.metadata.get("nbgrader") for c in parsed.cells] == [c.metadata.get("nbgrader") for c in nb.cells]


def test_a_notebook_with_too_many_cells_is_refused_by_name():
    """Host-side grading time grows with the cell count: an absurd notebook is refused, named."""
    import json as _json

    from autograder.lms.submissions import MAX_CELLS, parse_notebook

    nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
          "cells": [{"cell_type": "markdown", "id": f"c{i}", "metadata": {}, "source": "x"}
                    for i in range(MAX_CELLS + 1)]}
    with pytest.raises(ValueError, match=rf"huge\.ipynb has {MAX_CELLS + 1} cells"):
        parse_notebook(_json.dumps(nb).encode(), "huge.ipynb")
    nb["cells"] = nb["cells"][:MAX_CELLS]
    assert len(parse_notebook(_json.dumps(nb).encode(), "fine.ipynb").cells) == MAX_CELLS
