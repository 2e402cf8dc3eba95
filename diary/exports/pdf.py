"""The summary as a PDF, rendered by WeasyPrint from the same template as the printed page."""

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


def summary_pdf(summary: Summary) -> bytes:
    html = render_to_string("diary/summary_document.html", {"summary": summary, "pdf": True})
    stylesheet = CSS(filename=finders.find(STYLESHEET), url_fetcher=_no_fetching())
    return HTML(string=html, url_fetcher=_no_fetching()).write_pdf(stylesheets=[stylesheet])


def summary_html_document(summary: Summary) -> str:
    """A standalone HTML file of the summary (its stylesheet inlined), for the command line."""
    css = Path(finders.find(STYLESHEET)).read_text()
    return render_to_string("diary/summary_document.html", {"summary": summary, "inline_css": css})
