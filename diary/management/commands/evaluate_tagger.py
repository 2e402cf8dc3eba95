"""Score the note tagger against the labelled notes in tests/data/.

Scoring: in each note, every expected mention is located in the text (its words, searched from
the end of the previous one) and paired with at most one found mention of the same symptom whose
span overlaps it. Pairing on symptom + overlapping span, rather than on (symptom, status) counts,
means a mention found at the wrong place is not credited. Then:

- present mentions: precision, recall and F1 over mentions with status "present" on both sides
  (a present mention the tagger calls negated counts as a miss, and vice versa);
- statuses: of the expected mentions that are not present (negated, hypothetical, historical,
  family, uncertain), the share found with exactly that status (a missed mention is wrong);
- red-flag recall: of the expected present mentions of a red-flag item (the guideline's last
  section: RED_FLAG_SLUGS, and any pain item, since severe pain of any kind is one), the share
  found present, which is what makes the day's page offer it. The goal is every one.
- red flags suggested: of the same mentions, the share the day's page offers, as a present
  mention or asked as a question: found present, or the note has a mention of that item that is
  present or uncertain (the page offers one per item and asks an uncertain one, among them the
  safety net's questions, diary/tagging_safety.py). A safety question is never a present
  mention, so it moves this line and never the two above.
- the safety net's cost: its questions, the notes they are in, and how many of those notes have
  no present red flag at all (a question she has to answer "No" to).

The dev files may be tuned on; the frozen holdout (written independently, added on main) is
the score that counts and is never tuned on. A file that is not there is reported as missing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from diary.tagging import Mention, tag_many
from diary.tagging_shorthand import PAIN_SLUGS, RED_FLAG_SLUGS

DATA_DIR = Path(settings.BASE_DIR) / "tests" / "data"
DEV_FILES = (
    "notes_dev.jsonl",
    "notes_dev_writer1.jsonl",
    "notes_dev_round2a.jsonl",
    "notes_dev_round2b.jsonl",
    "notes_dev_round2c.jsonl",
    "notes_dev_round3d.jsonl",
    "notes_dev_round3e.jsonl",
    "notes_dev_round4f.jsonl",
    "notes_dev_round4g.jsonl",
    "notes_dev_round5h.jsonl",
    "notes_dev_round5i.jsonl",
    "notes_dev_round6j.jsonl",
    "notes_dev_round6k.jsonl",
    "notes_dev_round7l.jsonl",
    "notes_dev_round7m.jsonl",
    "notes_dev_round8n.jsonl",
    "notes_dev_round8o.jsonl",
    "notes_dev_round9p.jsonl",
    "notes_dev_round9q.jsonl",
    "notes_dev_round10r.jsonl",
    "notes_dev_round10s.jsonl",
    "notes_dev_round11t.jsonl",
    "notes_dev_round11u.jsonl",
    "notes_dev_round12v.jsonl",
    "notes_dev_round12w.jsonl",
    "notes_dev_round13x.jsonl",
    "notes_dev_round13y.jsonl",
    "notes_dev_round14z.jsonl",
    "notes_dev_round14q.jsonl",
    "notes_dev_round15a.jsonl",
    "notes_dev_round15b.jsonl",
    "notes_dev_round16c.jsonl",
    "notes_dev_round16d.jsonl",
    "notes_dev_round17e.jsonl",
    "notes_dev_round17f.jsonl",
    "notes_dev_round18g.jsonl",
    "notes_dev_round18h.jsonl",
    "notes_dev_round20k.jsonl",
    "notes_dev_round20l.jsonl",
    "notes_dev_round21m.jsonl",
    "notes_dev_round22q.jsonl",
    "notes_dev_round22o.jsonl",
    "notes_dev_round22p.jsonl",
    "notes_dev_round23r.jsonl",
    "notes_dev_round23s.jsonl",
    "notes_dev_round24t.jsonl",
    "notes_dev_round24u.jsonl",
    "notes_dev_round25v.jsonl",
    "notes_dev_round25w.jsonl",
    "notes_dev_round26x.jsonl",
    "notes_dev_round26y.jsonl",
    "notes_dev_round27a.jsonl",
    "notes_dev_round27b.jsonl",
    "notes_dev_round28c.jsonl",
    "notes_dev_round28d.jsonl",
    "notes_dev_round29e.jsonl",
    "notes_dev_round29f.jsonl",
    "notes_dev_round30g.jsonl",
    "notes_dev_round30h.jsonl",
    "notes_dev_round31i.jsonl",
    "notes_dev_round31j.jsonl",
    "notes_dev_round32k.jsonl",
    "notes_dev_round32l.jsonl",
    "notes_dev_round33m.jsonl",
    "notes_dev_round33n.jsonl",
    "notes_dev_round34o.jsonl",
    "notes_dev_round34p.jsonl",
    "notes_dev_round35q.jsonl",
    "notes_dev_round35r.jsonl",
    "notes_dev_round36s.jsonl",
    "notes_dev_round36t.jsonl",
    "notes_dev_round37u.jsonl",
    "notes_dev_round37v.jsonl",
    "notes_dev_round38w.jsonl",
    "notes_dev_round38x.jsonl",
    "notes_dev_round39y.jsonl",
    "notes_dev_round39z.jsonl",
    "notes_dev_round40a.jsonl",
    "notes_dev_round40b.jsonl",
    "notes_dev_round41a.jsonl",
    "notes_dev_round41b.jsonl",
    "notes_dev_round42c.jsonl",
    "notes_dev_round42d.jsonl",
    "notes_dev_round43e.jsonl",
    "notes_dev_round43f.jsonl",
    "notes_dev_round44g.jsonl",
    "notes_dev_round44h.jsonl",
    "notes_dev_round45i.jsonl",
    "notes_dev_round45j.jsonl",
    "notes_dev_round46k.jsonl",
    "notes_dev_round46l.jsonl",
    "notes_dev_round47m.jsonl",
    "notes_dev_round47n.jsonl",
    "notes_dev_round48o.jsonl",
    "notes_dev_round48p.jsonl",
    "notes_dev_round49q.jsonl",
    "notes_dev_round49r.jsonl",
    "notes_dev_round50s.jsonl",
    "notes_dev_round50t.jsonl",
    "notes_dev_round51u.jsonl",
    "notes_dev_round51v.jsonl",
    "notes_dev_round52w.jsonl",
    "notes_dev_round52x.jsonl",
    "notes_dev_round53y.jsonl",
    "notes_dev_round53z.jsonl",
    "notes_dev_round54a.jsonl",
    "notes_dev_round54b.jsonl",
    "notes_dev_round55c.jsonl",
    "notes_dev_round55d.jsonl",
    "notes_dev_round56e.jsonl",
    "notes_dev_round56f.jsonl",
    "notes_dev_round57g.jsonl",
    "notes_dev_round57h.jsonl",
    "notes_dev_round58i.jsonl",
    "notes_dev_round58j.jsonl",
    "notes_dev_round59k.jsonl",
    "notes_dev_round59l.jsonl",
    "notes_dev_round60m.jsonl",
    "notes_dev_round60n.jsonl",
    "notes_dev_round61o.jsonl",
    "notes_dev_round61p.jsonl",
    "notes_dev_round62q.jsonl",
    "notes_dev_round62r.jsonl",
    "notes_dev_round63s.jsonl",
    "notes_dev_round63t.jsonl",
    "notes_dev_round64u.jsonl",
    "notes_dev_round64v.jsonl",
    "notes_dev_round65w.jsonl",
    "notes_dev_round65x.jsonl",
    "notes_dev_round66y.jsonl",
    "notes_dev_round66z.jsonl",
    "notes_dev_round67a.jsonl",
    "notes_dev_round67b.jsonl",
    "notes_dev_round68c.jsonl",
    "notes_dev_round68d.jsonl",
    "notes_dev_round69e.jsonl",
    "notes_dev_round69f.jsonl",
    "notes_dev_round70g.jsonl",
    "notes_dev_round70h.jsonl",
    "notes_dev_round71i.jsonl",
    "notes_dev_round71j.jsonl",
    "notes_dev_round72k.jsonl",
    "notes_dev_round72l.jsonl",
    "notes_dev_round73m.jsonl",
    "notes_dev_round73n.jsonl",
    "notes_dev_round74o.jsonl",
    "notes_dev_round74p.jsonl",
    "notes_dev_round75q.jsonl",
    "notes_dev_round75r.jsonl",
    "notes_dev_round76s.jsonl",
    "notes_dev_round76t.jsonl",
    "notes_dev_round77u.jsonl",
    "notes_dev_round77v.jsonl",
    "notes_dev_round78w.jsonl",
    "notes_dev_round78x.jsonl",
    "notes_dev_round79y.jsonl",
    "notes_dev_round79z.jsonl",
    "notes_dev_round80a.jsonl",
    "notes_dev_round80b.jsonl",
    "notes_dev_round81c.jsonl",
    "notes_dev_round81d.jsonl",
    "notes_dev_round82e.jsonl",
    "notes_dev_round82f.jsonl",
    "notes_dev_round83g.jsonl",
    "notes_dev_round83h.jsonl",
    "notes_dev_round84i.jsonl",
    "notes_dev_round84j.jsonl",
    "notes_dev_round85k.jsonl",
    "notes_dev_round85l.jsonl",
    "notes_dev_round86m.jsonl",
    "notes_dev_round86n.jsonl",
    "notes_dev_round87o.jsonl",
    "notes_dev_round87p.jsonl",
)
# Written after the last round's tuning had stopped and scored blind: not tuned on yet (the
# next round's starting point, docs/note-reader.md).
BLIND_FILES: tuple[str, ...] = (
    "notes_dev_round19i.jsonl",
    "notes_dev_round19j.jsonl",
    "notes_dev_round21n.jsonl",
    "notes_dev_round88q.jsonl",
    "notes_dev_round88r.jsonl",
    "notes_dev_round89s.jsonl",
    "notes_dev_round89t.jsonl",
    "notes_dev_round90u.jsonl",
    "notes_dev_round90v.jsonl",
    "notes_dev_round91w.jsonl",
    "notes_dev_round91x.jsonl",
    "notes_dev_round92y.jsonl",
    "notes_dev_round92z.jsonl",
)
HOLDOUT_FILE = "notes_frozen_holdout.jsonl"
# tests/data/TAGGING_GUIDELINES.md, "Red flags"; severe pain of any kind adds every pain item.
COUNTED_RED_FLAGS = RED_FLAG_SLUGS | frozenset(PAIN_SLUGS)
DATA_FILES = (*DEV_FILES, *BLIND_FILES, HOLDOUT_FILE)


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
    red_flags_found: int = 0
    red_flags_expected: int = 0
    red_flags_suggested: int = 0
    safety_questions: int = 0
    safety_notes: int = 0
    safety_notes_without_red_flag: int = 0
    errors: list[str] = field(default_factory=list)
    red_flag_misses: list[str] = field(default_factory=list)

    @property
    def red_flag_recall(self) -> float:
        return self.red_flags_found / self.red_flags_expected if self.red_flags_expected else 1.0

    @property
    def red_flag_suggested(self) -> float:
        expected = self.red_flags_expected
        return self.red_flags_suggested / expected if expected else 1.0

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
        offered = {m.symptom for m in mentions if m.status in ("present", "uncertain")}
        asked = sum(m.is_safety_question for m in mentions)
        if asked:
            result.safety_questions += asked
            result.safety_notes += 1
            result.safety_notes_without_red_flag += not any(
                e.status == "present" and e.symptom in COUNTED_RED_FLAGS for e in expected
            )
        for i, exp in enumerate(expected):
            got = mentions[pairs[i]] if i in pairs else None
            found_present = got is not None and got.status == "present"
            if exp.status == "present" and found_present:
                result.true_present += 1
            if exp.status == "present" and exp.symptom in COUNTED_RED_FLAGS:
                result.red_flags_expected += 1
                result.red_flags_found += found_present
                result.red_flags_suggested += found_present or exp.symptom in offered
                if not found_present:
                    offer = "offered" if exp.symptom in offered else "NOT OFFERED"
                    result.red_flag_misses.append(f"{exp.symptom} {exp.text!r} ({offer}) | {text}")
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
        f"({s.statuses_right}/{s.statuses_expected})\n"
        f"  red-flag recall: {s.red_flag_recall:.3f}  ({s.red_flags_found}/"
        f"{s.red_flags_expected} present red-flag and pain mentions found present)\n"
        f"  red flags suggested (present, or asked as a question): {s.red_flag_suggested:.3f}  "
        f"({s.red_flags_suggested}/{s.red_flags_expected})\n"
        f"  safety questions: {s.safety_questions} in {s.safety_notes} notes, "
        f"{s.safety_notes_without_red_flag} of them on notes with no such red flag"
    )


class Command(BaseCommand):
    help = "Print precision, recall and F1 for present mentions and the accuracy of statuses."

    def add_arguments(self, parser):
        parser.add_argument(
            "files",
            nargs="*",
            help=f"JSONL files (default: {', '.join(DATA_FILES)} in tests/data)",
        )
        parser.add_argument("--errors", action="store_true", help="List every disagreement.")

    def handle(self, *args, files, errors, **options):
        named = [Path(f) for f in files]
        for path in named:
            if not path.is_file():
                raise CommandError(f"No such file: {path}")
        for path in named or [DATA_DIR / name for name in DATA_FILES]:
            kind = (
                "frozen holdout"
                if path.name == HOLDOUT_FILE
                else "blind, not tuned on"
                if path.name in BLIND_FILES
                else "dev"
            )
            if not path.is_file():
                self.stdout.write(f"{path.name} ({kind}): missing, not scored")
                continue
            result = evaluate(path)
            self.stdout.write(format_score(f"{path.name} ({kind})", result))
            if errors:
                for line in result.errors:
                    self.stdout.write(f"    {line}")
                for line in result.red_flag_misses:
                    self.stdout.write(f"    red flag missed: {line}")
