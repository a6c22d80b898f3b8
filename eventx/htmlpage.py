"""Reading a saved HTML news page: the article body with trafilatura, the publication date from the page's metadata.

Needs the `html` extra (`pip install 'eventx[html]'`).  The text eventx reports offsets into is the
body trafilatura extracts (one paragraph a line); it is stored in the articles table's `text` column.
"""
from __future__ import annotations

import datetime as dt

from .errors import InputError
from .records import Article

EVIDENCE = "html page metadata (htmldate)"


def _require():
    """The HTML libraries, or an error saying how to install them."""
    try:
        import htmldate
        import trafilatura
    except ImportError as exc:
        raise InputError("reading HTML pages needs the html extra: pip install 'eventx[html]' "
                         f"({exc.name} is not installed)") from exc
    return trafilatura, htmldate


def page_date(html: str) -> dt.date | None:
    """The publication date the page's own metadata gives (meta tags, JSON-LD, time elements), if any."""
    _, htmldate = _require()
    found = htmldate.find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    return dt.date.fromisoformat(found) if found else None


def article_from_html(html: str, article_id: str, *, source_path: str | None = None,
                      published: dt.date | None = None) -> Article | None:
    """The article of an HTML page, or None when no article body is found."""
    trafilatura, _ = _require()
    text = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=False)
    if not text or not text.strip():
        return None
    meta = trafilatura.extract_metadata(html)
    date = published or page_date(html)
    return Article(article_id=article_id, text=text, published=date,
                   published_evidence=None if published else (EVIDENCE if date else None),
                   url=meta.url if meta else None, title=meta.title if meta else None,
                   outlet=meta.sitename if meta else None, source_path=source_path)
