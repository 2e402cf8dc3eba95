"""The summary as a PDF, rendered by WeasyPrint from the same template as the printed page.

WeasyPrint (with Pango, fontTools and Pillow: about 30 MiB of a worker) is imported by the
first PDF, not with the views: a web worker that never renders one does not hold it.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

from diary.summary import Summary

if TYPE_CHECKING:
    from weasyprint import CSS
    from weasyprint.urls import URLFetcher

STYLESHEET = "css/summary.css"


def _no_fetching() -> URLFetcher:
    """Nothing is fetched while rendering (the page is self-contained): no file, no network."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"})


@functools.lru_cache(maxsize=4)
def _parsed_stylesheet(path: str, modified: float) -> CSS:
    """The print stylesheet, parsed once per process (and again when the file changes)."""
    from weasyprint import CSS

    return CSS(filename=path, url_fetcher=_no_fetching())


def _stylesheet() -> CSS:
    path = finders.find(STYLESHEET)
    return _parsed_stylesheet(path, Path(path).stat().st_mtime)


def summary_pdf(summary: Summary) -> bytes:
    from weasyprint import HTML

    html = render_to_string("diary/summary_document.html", {"summary": summary, "pdf": True})
    return HTML(string=html, url_fetcher=_no_fetching()).write_pdf(stylesheets=[_stylesheet()])


def summary_html_document(summary: Summary) -> str:
    """A standalone HTML file of the summary (its stylesheet inlined), for the command line."""
    css = Path(finders.find(STYLESHEET)).read_text()
    return render_to_string("diary/summary_document.html", {"summary": summary, "inline_css": css})
