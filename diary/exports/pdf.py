"""The summary as a PDF, rendered by WeasyPrint from the same template as the printed page.

WeasyPrint takes most of a PDF's time (about 200 ms for 30 days, 400-500 ms for 3 years), so a
PDF is rendered once per worker for the same content: the rendered files are kept by the
SHA-256 of their HTML with the moment it was made left out (`RenderedPdfs`). The HTML is the
whole input: the same period, sections, data, and everything hidden from the reader (a care team
not shown her notes gets HTML without them, so another file). A file asked for again within
`CACHE_SECONDS` is the one made then, and says so ("Made" at that time). The files are kept in
the worker's memory only (never in a shared cache, a file or the database), at most
`CACHE_SIZE` of them.

WeasyPrint (with Pango, fontTools and Pillow: about 30 MiB of a worker) is imported by the
first PDF, not with the views: a web worker that never renders one does not hold it.
"""

from __future__ import annotations

import functools
import hashlib
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

from diary.summary import Summary

if TYPE_CHECKING:
    from weasyprint import CSS
    from weasyprint.urls import URLFetcher

STYLESHEET = "css/summary.css"
TEMPLATE = "diary/summary_document.html"
CACHE_SIZE = 8
CACHE_SECONDS = 600
# Stands in for the moment a summary was made in the HTML a rendered file is found by.
UNSTAMPED = datetime(2000, 1, 1, tzinfo=UTC)


def _no_fetching() -> URLFetcher:
    """Nothing is fetched while rendering (the page is self-contained): no file, no network."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"})


@functools.lru_cache(maxsize=4)
def _parsed_stylesheet(path: str, modified: float) -> CSS:
    """The print stylesheet, parsed once per process (and again when the file changes)."""
    from weasyprint import CSS

    return CSS(filename=path, url_fetcher=_no_fetching())


def _stylesheet_file() -> tuple[str, float]:
    path = finders.find(STYLESHEET)
    return path, Path(path).stat().st_mtime


def _stylesheet() -> CSS:
    return _parsed_stylesheet(*_stylesheet_file())


@dataclass(frozen=True)
class RenderedPdf:
    content: bytes
    made_at: datetime  # the moment the summary it shows was made (printed on it)


class RenderedPdfs:
    """The last rendered files by key, each kept for `seconds` (thread-safe)."""

    def __init__(self, size: int, seconds: float) -> None:
        self.size, self.seconds = size, seconds
        self._files: OrderedDict[str, tuple[float, RenderedPdf]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> RenderedPdf | None:
        with self._lock:
            found = self._files.get(key)
            if found is None:
                return None
            if time.monotonic() - found[0] > self.seconds:
                del self._files[key]
                return None
            self._files.move_to_end(key)
            return found[1]

    def put(self, key: str, pdf: RenderedPdf) -> None:
        with self._lock:
            self._files[key] = (time.monotonic(), pdf)
            self._files.move_to_end(key)
            while len(self._files) > self.size:
                self._files.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._files.clear()


RENDERED = RenderedPdfs(CACHE_SIZE, CACHE_SECONDS)


def _content_key(summary: Summary, stylesheet: tuple[str, float]) -> str:
    """The SHA-256 of the file's HTML (the moment it was made left out) and stylesheet."""
    unstamped = replace(summary, generated_at=UNSTAMPED)
    html = render_to_string(TEMPLATE, {"summary": unstamped, "pdf": True})
    digest = hashlib.sha256(html.encode())
    digest.update(f"\0{stylesheet[0]}\0{stylesheet[1]}".encode())
    return digest.hexdigest()


def render_pdf(summary: Summary) -> RenderedPdf:
    """The summary's PDF: the one rendered for the same content within CACHE_SECONDS, else
    a new one."""
    stylesheet = _stylesheet_file()
    key = _content_key(summary, stylesheet)
    found = RENDERED.get(key)
    if found is not None:
        return found
    from weasyprint import HTML

    html = render_to_string(TEMPLATE, {"summary": summary, "pdf": True})
    content = HTML(string=html, url_fetcher=_no_fetching()).write_pdf(
        stylesheets=[_parsed_stylesheet(*stylesheet)]
    )
    pdf = RenderedPdf(content, summary.generated_at)
    RENDERED.put(key, pdf)
    return pdf


def summary_pdf(summary: Summary) -> bytes:
    return render_pdf(summary).content


def summary_html_document(summary: Summary) -> str:
    """A standalone HTML file of the summary (its stylesheet inlined), for the command line."""
    css = Path(finders.find(STYLESHEET)).read_text()
    return render_to_string(TEMPLATE, {"summary": summary, "inline_css": css})
