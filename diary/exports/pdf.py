"""The summary as a PDF, rendered by WeasyPrint from the same template as the printed page."""

import functools
from pathlib import Path

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher

from diary.summary import Summary

STYLESHEET = "css/summary.css"


def _no_fetching() -> URLFetcher:
    """Nothing is fetched while rendering (the page is self-contained): no file, no network."""
    return URLFetcher(allowed_protocols={"data"})


@functools.lru_cache(maxsize=4)
def _parsed_stylesheet(path: str, modified: float) -> CSS:
    """The print stylesheet, parsed once per process (and again when the file changes)."""
    return CSS(filename=path, url_fetcher=_no_fetching())


def _stylesheet() -> CSS:
    path = finders.find(STYLESHEET)
    return _parsed_stylesheet(path, Path(path).stat().st_mtime)


def summary_pdf(summary: Summary) -> bytes:
    html = render_to_string("diary/summary_document.html", {"summary": summary, "pdf": True})
    return HTML(string=html, url_fetcher=_no_fetching()).write_pdf(stylesheets=[_stylesheet()])


def summary_html_document(summary: Summary) -> str:
    """A standalone HTML file of the summary (its stylesheet inlined), for the command line."""
    css = Path(finders.find(STYLESHEET)).read_text()
    return render_to_string("diary/summary_document.html", {"summary": summary, "inline_css": css})
