"""Score the note tagger against the labelled notes in tests/data/.

Scoring: in each note, every expected mention is located in the text (its words, searched from
the end of the previous one) and paired with at most one found mention of the same symptom whose
span overlaps it. Pairing on symptom + overlapping span, rather than on (symptom, status) counts,
means a mention found at the wrong place is not credited. Then:

- present mentions: precision, recall and F1 over mentions with status "present" on both sides
  (a present mention the tagger calls negated counts as a miss, and vice versa);
- statuses: of the expected mentions that are not present (negated, hypothetical, historical,
  family, uncertain), the share found with exactly that status (a missed mention is wrong).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from diary.tagging import Mention, tag_many

DATA_DIR = Path(settings.BASE_DIR) / "tests" / "data"
DATA_FILES = ("notes_dev.jsonl", "notes_holdout.jsonl")


@dataclass(frozen=True)
class Expected:
    symptom: str
    status: str
    text: str
    start: int
    end: int


@dataclass
class Score:
    notes: int = 0
    true_present: int = 0
    found_present: int = 0
    expected_present: int = 0
    statuses_right: int = 0
    statuses_expected: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_present / self.found_present if self.found_present else 1.0

    @property
    def recall(self) -> float:
        return self.true_present / self.expected_present if self.expected_present else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def status_accuracy(self) -> float:
        return self.statuses_right / self.statuses_expected if self.statuses_expected else 1.0


def load_notes(path: Path) -> list[tuple[str, list[Expected]]]:
    notes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text, cursor, expected = row["text"], 0, []
        for m in row["mentions"]:
            start = text.find(m["text"], cursor)
            if start < 0:
                start = text.find(m["text"])
            if start < 0:
                raise ValueError(f"{path.name}: {m['text']!r} is not in {text!r}")
            cursor = start + len(m["text"])
            expected.append(Expected(m["symptom"], m["status"], m["text"], start, cursor))
        notes.append((text, expected))
    return notes


def _pair(expected: Sequence[Expected], found: Sequence[Mention]) -> dict[int, int]:
    """Expected index -> found index, same symptom and overlapping span, each used once."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for i, exp in enumerate(expected):
        for j, got in enumerate(found):
            if j in used or got.symptom != exp.symptom:
                continue
            if got.start < exp.end and exp.start < got.end:
                pairs[i] = j
                used.add(j)
                break
    return pairs


def score(notes: Iterable[tuple[str, list[Expected]]], found: Sequence[Sequence[Mention]]) -> Score:
    result = Score()
    for (text, expected), mentions in zip(notes, found, strict=True):
        result.notes += 1
        pairs = _pair(expected, mentions)
        result.expected_present += sum(e.status == "present" for e in expected)
        result.found_present += sum(m.status == "present" for m in mentions)
        for i, exp in enumerate(expected):
            got = mentions[pairs[i]] if i in pairs else None
            if exp.status == "present" and got is not None and got.status == "present":
                result.true_present += 1
            if exp.status != "present":
                result.statuses_expected += 1
                result.statuses_right += got is not None and got.status == exp.status
            if got is None or got.status != exp.status:
                what = got.status if got else "missed"
                result.errors.append(f"{exp.symptom} {exp.text!r}: {exp.status} -> {what} | {text}")
        for j, got in enumerate(mentions):
            if j not in pairs.values():
                result.errors.append(f"{got.symptom} {got.text!r}: extra {got.status} | {text}")
    return result


def evaluate(path: Path) -> Score:
    notes = load_notes(path)
    return score(notes, tag_many([text for text, _ in notes]))


def format_score(name: str, s: Score) -> str:
    return (
        f"{name}: {s.notes} notes\n"
        f"  present mentions: precision {s.precision:.3f}  recall {s.recall:.3f}  "
        f"F1 {s.f1:.3f}  (found {s.found_present}, expected {s.expected_present}, "
        f"right {s.true_present})\n"
        f"  non-present statuses: accuracy {s.status_accuracy:.3f}  "
        f"({s.statuses_right}/{s.statuses_expected})"
    )


class Command(BaseCommand):
    help = "Print precision, recall and F1 for present mentions and the accuracy of statuses."

    def add_arguments(self, parser):
        parser.add_argument(
            "files", nargs="*", help=f"JSONL files (default: {', '.join(DATA_FILES)} in tests/data)"
        )
        parser.add_argument("--errors", action="store_true", help="List every disagreement.")

    def handle(self, *args, files, errors, **options):
        paths = [Path(f) for f in files] or [DATA_DIR / name for name in DATA_FILES]
        for path in paths:
            if not path.is_file():
                raise CommandError(f"No such file: {path}")
            result = evaluate(path)
            self.stdout.write(format_score(path.name, result))
            if errors:
                for line in result.errors:
                    self.stdout.write(f"    {line}")
