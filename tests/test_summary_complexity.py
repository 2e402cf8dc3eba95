"""The summary's code stays small: no function or method worse than radon's grade C."""

from pathlib import Path

import pytest
from radon.complexity import cc_rank, cc_visit

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(
    [
        *(ROOT / "diary" / "summary").glob("*.py"),
        ROOT / "diary" / "views" / "summary.py",
        ROOT / "diary" / "forms" / "summary.py",
    ]
)
WORST_ALLOWED = "C"


def blocks(path: Path):
    for block in cc_visit(path.read_text()):
        yield block
        yield from getattr(block, "methods", [])


def test_the_summary_modules_are_found():
    assert len(MODULES) >= 6
    assert all(path.exists() for path in MODULES)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_summary_function_is_worse_than_grade_c(path):
    too_complex = [
        f"{block.name} (line {block.lineno}): grade {cc_rank(block.complexity)}, "
        f"complexity {block.complexity}"
        for block in blocks(path)
        if cc_rank(block.complexity) > WORST_ALLOWED
    ]
    assert not too_complex, too_complex


def test_the_check_fails_on_a_grade_d_function(tmp_path):
    branches = "\n".join(f"    if x == {n}:\n        return {n}" for n in range(25))
    sample = tmp_path / "sample.py"
    sample.write_text(f"def tangled(x):\n{branches}\n    return -1\n")
    grades = [cc_rank(block.complexity) for block in blocks(sample)]
    assert grades and grades[0] > WORST_ALLOWED
