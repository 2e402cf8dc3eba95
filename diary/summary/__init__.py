"""The appointment summary, computed once: every output (page, PDF, CSV, FHIR) renders this.

- `model`: the typed values a summary is made of (no queries);
- `since`: what changed since the last visit, and what the care team acknowledged;
- `trends`: the last 7 days against the 7 before, one row per named daily series;
- `groups`: symptoms and side effects placed beside the drug the catalog links them to;
- `rows`: the report rows of the CSV and FHIR exports;
- `build`: `build_summary`, which puts the parts together in a fixed number of queries.
"""

from diary.summary.build import build_summary
from diary.summary.model import (
    ALL_SECTIONS,
    DEFAULT_SECTIONS,
    DISCLAIMER,
    FLAGS_LISTED,
    MAX_PERIOD_DAYS,
    FlagRow,
    Period,
    ReportRow,
    Section,
    SideEffectGroup,
    Summary,
    SymptomStat,
    Trend,
    TrendRow,
)
from diary.summary.rows import report_shown

__all__ = [
    "ALL_SECTIONS",
    "DEFAULT_SECTIONS",
    "DISCLAIMER",
    "FLAGS_LISTED",
    "MAX_PERIOD_DAYS",
    "FlagRow",
    "Period",
    "ReportRow",
    "Section",
    "SideEffectGroup",
    "Summary",
    "SymptomStat",
    "Trend",
    "TrendRow",
    "build_summary",
    "report_shown",
]
