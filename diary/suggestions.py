"""Notes understood, on the day's page: mentions highlighted, present symptoms offered as reports.

The notes are tagged once per page view (`note_view`). A symptom mentioned as present that the
day does not report, and that the patient has not dismissed, becomes a suggestion she confirms
with a severity (`add_suggested_report`) or dismisses (`dismiss_suggestion`). A symptom she is
unsure of ("maybe a bit yellow?") is never dropped: it is asked as a question ("Did you mean
yellowing of the eyes or skin?"), answered the same two ways. So is a red flag the reader could
not place but its safety net recognised (diary/tagging_safety.py): the question says what she
wrote about in plain words ("You wrote about your legs ("legs went to jelly"). Did you mean
weakness, numbness or heaviness in the legs?"), and a yes adds the symptom like any other, so
the red-flag rules run as usual. Nothing is ever added without her tap. Negated, family,
hypothetical or past mentions are shown as such and never suggested.

A temperature reading in the notes ("temp 38.4", "101F") is a fever mention carrying its value
in Celsius; adding that fever also fills the day's empty temperature with it, so the fever rule
(38.0 °C or more) sees the reading. The reading comes back with the add form (the one she was
shown, checked again on the server), so it is saved even if the tagger is down by then.

The tagger must never break the page: any failure is logged (the entry's id, never the text)
and the note is shown plain, without suggestions. The notes are tagged by the tagger's own
process (diary/tagger_service.py); when it is down or slow, one warning line says so.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction

from diary import tagger_service
from diary.catalog import Catalog
from diary.checkin import lock_diary
from diary.days import reports_of
from diary.models import DailyEntry, Severity, Site, Symptom, SymptomReport, User
from diary.models.entries import YES
from diary.notifications import queue_alerts
from diary.redflags import format_temperature
from diary.tagging import Mention
from diary.triage import sync_day

logger = logging.getLogger("diary.tagging")

# How a mention that is not a report is described to a screen reader (and in a tooltip).
STATUS_LABELS = {
    "present": "mentioned",
    "negated": "said not to be there",
    "hypothetical": "only as a possibility",
    "historical": "in the past",
    "family": "about someone else",
    "uncertain": "not sure",
}

SEVERITY_CHOICES = [(s.value, s.label) for s in Severity if s != Severity.NONE]
QUOTE_MAX_CHARS = 80
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_WORD = re.compile(r"\w+")


class TaggingFailed(Exception):
    """Stands in for the tagger's exception in the log: its message might quote the note."""


@dataclass(frozen=True)
class Segment:
    """A piece of the note: plain text, or one mention of a catalog symptom."""

    text: str
    mention: Mention | None = None
    symptom: Symptom | None = None
    sites: tuple[Site, ...] = ()

    @property
    def status(self) -> str:
        return self.mention.status if self.mention else ""

    @property
    def is_mention(self) -> bool:
        return self.mention is not None

    @property
    def is_present(self) -> bool:
        return self.status == "present"

    @property
    def status_label(self) -> str:
        if self.mention is not None and self.mention.is_safety_question:
            return "asked below, to be safe"
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def sites_phrase(self) -> str:
        return sites_phrase(self.symptom, self.sites) if self.symptom else ""

    @property
    def site_tags(self) -> str:
        """The small visible tag after a highlighted mention ("lung", "general brain liver")."""
        return " ".join(site.slug for site in self.sites)

    @property
    def quote(self) -> str:
        return quote(self.text)


@dataclass(frozen=True)
class Suggestion:
    """A symptom the note mentions as present (or, as a question, uncertain) that the day does
    not report yet."""

    symptom: Symptom
    quote: str
    sites: tuple[Site, ...]
    question: bool = False
    celsius: Decimal | None = None
    about: str = ""  # a safety question: what she wrote about ("legs", "breathing")

    @property
    def about_owned(self) -> str:
        """ "your legs"; a phrase with its own article as it stands ("a funny turn")."""
        return self.about if self.about.startswith("a ") else f"your {self.about}"

    @property
    def about_noted(self) -> str:
        """ "the legs", for whoever else reads the page; "a funny turn" as it stands."""
        return self.about if self.about.startswith("a ") else f"the {self.about}"

    @property
    def temperature_label(self) -> str:
        return format_temperature(self.celsius) if self.celsius is not None else ""

    @property
    def temperature_value(self) -> str:
        """The reading as the add form carries it back (never localized: "38.4")."""
        return str(self.celsius) if self.celsius is not None else ""

    @property
    def sites_phrase(self) -> str:
        return sites_phrase(self.symptom, self.sites)

    @property
    def severities(self) -> list[tuple[int, str]]:
        """The choices offered when adding it: mild to very severe (none is not a report)."""
        return SEVERITY_CHOICES


@dataclass(frozen=True)
class NoteView:
    segments: list[Segment]
    suggestions: list[Suggestion] = field(default_factory=list)
    questions: list[Suggestion] = field(default_factory=list)  # uncertain mentions, asked
    failed: bool = False

    @property
    def has_mentions(self) -> bool:
        return any(segment.is_mention for segment in self.segments)

    @property
    def mentions(self) -> list[Segment]:
        """One mention per symptom and status, the first: the key below the highlighted note."""
        seen: set[tuple[int, str]] = set()
        unique = []
        for segment in self.segments:
            if segment.symptom is None:
                continue
            key = (segment.symptom.pk, segment.status)
            if key not in seen:
                seen.add(key)
                unique.append(segment)
        return unique


def sites_phrase(symptom: Symptom, sites: Sequence[Site]) -> str:
    """ "on the lung list", "a general symptom, also on the brain and liver lists"...

    Words of the catalog's lists only: never a statement that the patient has a metastasis.
    """
    slugs = [site.slug for site in sites]
    others = [slug for slug in slugs if slug != "general"]
    listed = ""
    if others:
        names = others[0] if len(others) == 1 else f"{', '.join(others[:-1])} and {others[-1]}"
        listed = f"on the {names} list{'s' if len(others) > 1 else ''}"
    if "general" in slugs:
        return f"a general symptom, also {listed}" if listed else "a general symptom"
    if listed:
        return listed
    if symptom.kind == Symptom.Kind.SIDE_EFFECT:
        return "a side effect of treatment"
    return ""


def looks_like_repetition(text: str) -> bool:
    """A long note made of a handful of words said over and over ("cough cough cough ...").

    Real notes use many different words; a wall of one word is not something to suggest from.
    """
    words = _WORD.findall(text.lower())
    return len(words) >= 20 and len(set(words)) * 10 < len(words)


def quote(text: str) -> str:
    """The words of a mention as they can be quoted back: one line, not too long."""
    words = " ".join(_UNPRINTABLE.sub(" ", text).split())
    if len(words) > QUOTE_MAX_CHARS:
        words = words[: QUOTE_MAX_CHARS - 1].rstrip() + "\u2026"
    return words


def _mentions(entry: DailyEntry) -> list[Mention]:
    """The tagger's mentions in the entry's notes; raises whatever the tagger raises."""
    return tagger_service.tag(entry.notes)


def _log_failure(entry: DailyEntry, error: Exception) -> None:
    """Log the traceback (code, not data) under a stand-in exception without the message."""
    if isinstance(error, tagger_service.TaggerUnavailable):  # its message never holds the text
        logger.warning(
            "Note tagger unavailable: %s; the notes of entry %s are shown without suggestions.",
            error,
            entry.pk,
        )
        return
    stand_in = TaggingFailed(f"{type(error).__module__}.{type(error).__qualname__}")
    logger.exception(
        "Tagging the notes of entry %s failed; shown without suggestions.",
        entry.pk,
        exc_info=(TaggingFailed, stand_in, error.__traceback__),
    )


def note_view(entry: DailyEntry, *, catalog: Catalog) -> NoteView:
    """The entry's notes as segments to highlight, and the suggestions they give.

    The entry's reports should be read with it (`diary.days.reports_of`; else one query).
    """
    text = entry.notes if isinstance(entry.notes, str) else ""
    plain = NoteView(segments=[Segment(text=text)] if text else [])
    if not text.strip() or looks_like_repetition(text):
        return plain
    try:
        mentions = _mentions(entry)
    except Exception as error:
        _log_failure(entry, error)
        return NoteView(segments=plain.segments, failed=True)

    reported = {report.symptom_id for report in reports_of(entry) if report.severity}
    dismissed = {s for s in (entry.dismissed_suggestions or []) if isinstance(s, str)}
    segments: list[Segment] = []
    suggestions: dict[str, Suggestion] = {}
    cursor = 0
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        symptom = catalog.by_slug.get(mention.symptom)
        if symptom is None or not 0 <= mention.start < mention.end:
            continue  # a symptom no longer in the catalog: left as plain text
        sites = tuple(symptom.sites.all())
        offer = mention.status in ("present", "uncertain")
        if (
            offer
            and symptom.pk not in reported
            and symptom.slug not in dismissed
            and quote(mention.text)
        ):
            _offer(suggestions, symptom, mention, sites)
        if mention.start < cursor:
            continue  # an overlap (still offered above): left as plain text
        if mention.start > cursor:
            segments.append(Segment(text=text[cursor : mention.start]))
        segments.append(
            Segment(
                text=text[mention.start : mention.end],
                mention=mention,
                symptom=symptom,
                sites=sites,
            )
        )
        cursor = mention.end
    if cursor < len(text):
        segments.append(Segment(text=text[cursor:]))
    offered = list(suggestions.values())
    return NoteView(
        segments=segments,
        suggestions=[s for s in offered if not s.question],
        questions=[s for s in offered if s.question],
    )


def _offer(
    suggestions: dict[str, Suggestion], symptom: Symptom, mention: Mention, sites: tuple[Site, ...]
) -> None:
    """One offer per symptom: its first present mention, else its first uncertain one."""
    question = mention.status == "uncertain"
    earlier = suggestions.get(symptom.slug)
    if earlier is not None and (question or not earlier.question):
        return
    suggestions[symptom.slug] = Suggestion(
        symptom=symptom,
        quote=quote(mention.text),
        sites=sites,
        question=question,
        celsius=mention.celsius,
        about=mention.about if question else "",
    )


def _bump(entry: DailyEntry, by: User | None, *, fields: Sequence[str] = ()) -> None:
    """Raise the version, so a check-in form opened before on another device sees a conflict."""
    entry.version += 1
    entry.updated_by = by
    entry._history_user = by
    entry.save(update_fields=["version", "updated_by", "updated_at", *fields])


def add_suggested_report(
    *,
    entry: DailyEntry,
    symptom: Symptom,
    severity: int,
    by: User | None,
    temperature_c: Decimal | None = None,
) -> bool:
    """Report `symptom` at `severity` (1-4) on the entry's day. False if it was already there.

    A second tap on "Add" (or a report added meanwhile in the check-in) changes nothing. A "None"
    she gave it in the check-in is replaced: her note says she had it. `temperature_c` (a reading
    from her notes) fills the day's temperature if she has not entered one; hers is never changed.
    """
    if isinstance(severity, bool) or not isinstance(severity, int) or not 1 <= severity <= 4:
        raise ValueError("Severity must be 1 to 4.")
    with transaction.atomic():
        # The diary's lock first, as the check-in's save takes it: a save that read the day
        # before this commits would otherwise write over the report and miss its queue item.
        lock_diary(entry.patient_id)
        locked = DailyEntry.objects.select_for_update().get(pk=entry.pk)
        if SymptomReport.objects.reported().filter(entry=locked, symptom=symptom).exists():
            return False
        report = SymptomReport.objects.filter(entry=locked, symptom=symptom).first()
        if report is None:
            report = SymptomReport(entry=locked, symptom=symptom, created_by=by)
        if symptom.is_yes_no:
            severity = YES
        report.severity, report.updated_by = severity, by
        report._history_user = by  # who made this version, also outside a web request
        report.save()
        fields = []
        if temperature_c is not None and locked.temperature_c is None:
            locked.temperature_c = temperature_c
            fields.append("temperature_c")
        _bump(locked, by, fields=fields)
        # A red flag or an alert added here reaches the care team as one from the check-in does.
        queue_alerts(locked)
        sync_day(locked)
    entry.refresh_from_db()
    return True


def dismiss_suggestion(*, entry: DailyEntry, symptom: Symptom, by: User | None = None) -> bool:
    """Stop suggesting `symptom` for this day. False if it was already dismissed."""
    with transaction.atomic():
        lock_diary(entry.patient_id)
        locked = DailyEntry.objects.select_for_update().get(pk=entry.pk)
        dismissed = [s for s in (locked.dismissed_suggestions or []) if isinstance(s, str)]
        if symptom.slug in dismissed:
            return False
        locked.dismissed_suggestions = [*dismissed, symptom.slug]
        _bump(locked, by, fields=["dismissed_suggestions"])
    entry.refresh_from_db()
    return True
