"""A self-contained HTML report of a dataset: a timeline of its events and the evidence highlighted in each article."""
from __future__ import annotations

import datetime as dt
import html
import itertools
import json
import os
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from . import __version__, schema, store
from .dataset import check_dataset_version
from .errors import InputError
from .ontology import event_types
from .timex import find_timexes

EVENT_COLUMNS = ["event_id", "event_type", "date_start", "date_end", "date_precision", "date_modifier", "date_text",
                 "status", "actors", "location_name", "location_country", "mention_count", "article_ids",
                 "mention_ids", "confidence"]
MENTION_COLUMNS = ["mention_id", "event_id", "article_id", "event_type", "char_start", "char_end", "trigger_text",
                   "sentence", "sentence_start", "sentence_end", "date_text", "date_char_start", "date_char_end",
                   "timex_value", "date_start", "date_end", "date_precision", "date_modifier", "date_source", "status",
                   "status_cue", "actors", "location_name", "location_country", "location_char_start",
                   "location_char_end", "rule_id", "confidence"]
ARTICLE_COLUMNS = ["article_id", "published", "published_source", "published_evidence", "title", "url", "outlet",
                   "excluded_spans", "text"]
_SLOT = re.compile(r"@@([A-Z]+)@@")
OPEN_ARTICLES = 30  # articles shown unfolded when the report has at most this many
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#bcbd22",
           "#393b79", "#637939", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354", "#756bb1", "#636363",
           "#ad494a", "#a55194")


@attrs.frozen
class Annotation:
    """A highlighted span of a text: its classes, its tooltip and the mentions it belongs to."""

    start: int
    end: int
    classes: tuple[str, ...]
    note: str = ""
    mentions: tuple[str, ...] = ()
    link: str = "e"  # the data attribute naming the mentions: s (sentence), t (trigger) or e (other evidence)


class ReportHTML(str):
    """The report as an HTML string that Jupyter displays inline (in an isolated frame)."""

    def _repr_html_(self) -> str:
        """The report in an iframe, so that its style and script do not touch the notebook."""
        return (f'<iframe srcdoc="{html.escape(self, quote=True)}" style="width:100%;height:720px;border:1px solid #ccc" '
                'sandbox="allow-scripts"></iframe>')

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the report to a file atomically; return its path."""
        return _write_atomically(Path(path), self)


def type_colors() -> dict[str, str]:
    """A fixed colour for each event type of the ontology, in ontology order."""
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(event_types())}


def _rows(out: Path, name: str, columns: list[str]) -> list[dict[str, Any]]:
    """The rows of one table, with the given columns (those the file has)."""
    table = store.read_table(out, name)
    if table is None:
        raise InputError(f"{out}: no {name} table (expected {name}.parquet or {name}/ written by eventx extract)")
    return table.select([c for c in columns if c in table.column_names]).to_pylist()


def _iso(value: dt.date | None) -> str | None:
    """A date as YYYY-MM-DD, or None."""
    return value.isoformat() if value else None


def _actor_note(actor: dict[str, Any]) -> str:
    """An actor's tooltip line."""
    facts = [actor.get("role"), actor.get("kind"), actor.get("country"), actor.get("wikidata")]
    return f"actor: {actor['name']} (" + ", ".join(f for f in facts if f) + ")"


def _date_note(mention: dict[str, Any]) -> str:
    """How a mention's date was resolved, for tooltips and mention cards."""
    if not mention.get("date_start"):
        return "no date in the text"
    span = _iso(mention["date_start"]) + ("" if mention["date_end"] == mention["date_start"]
                                          else f" to {_iso(mention['date_end'])}")
    extra = ", ".join(x for x in (mention.get("date_precision"), mention.get("date_modifier"),
                                  f"source {mention['date_source']}" if mention.get("date_source") else None) if x)
    return f"{span} ({extra})"


def mention_annotations(mention: dict[str, Any]) -> list[Annotation]:
    """The spans one mention highlights: trigger, sentence, date expression, actors and place."""
    mid = (mention["mention_id"],)
    found = [Annotation(mention["sentence_start"], mention["sentence_end"], ("sentence",), mentions=mid, link="s"),
             Annotation(mention["char_start"], mention["char_end"], ("trigger", f"type-{mention['event_type']}"),
                        f"{mention['event_type']} ({mention['status']}): rule {mention['rule_id']}, "
                        f"confidence {mention['confidence']:.2f}", mid, "t")]
    if mention.get("date_char_start") is not None:
        found.append(Annotation(mention["date_char_start"], mention["date_char_end"], ("timex", "event-date"),
                                f"date: {mention['date_text']!r} = {mention.get('timex_value') or '?'} "
                                f"-> {_date_note(mention)}", mid))
    for actor in mention.get("actors") or []:
        if actor.get("char_start") is not None:
            found.append(Annotation(actor["char_start"], actor["char_end"], ("actor",), _actor_note(actor), mid))
    if mention.get("location_char_start") is not None:
        where = ", ".join(x for x in (mention.get("location_name"), mention.get("location_country")) if x)
        found.append(Annotation(mention["location_char_start"], mention["location_char_end"], ("place",),
                                f"place: {where}", mid))
    return found


def other_timexes(text: str, published: dt.date | None, taken: set[tuple[int, int]]) -> list[Annotation]:
    """Temporal expressions of a text that date no mention, with what they resolve to."""
    found = []
    for t in find_timexes(text, published):
        if (t.start, t.end) in taken:
            continue
        interval = (f" -> {_iso(t.date_start)}" + ("" if t.date_end == t.date_start else f" to {_iso(t.date_end)}")
                    + f" ({t.precision})") if t.date_start else ""
        found.append(Annotation(t.start, t.end, ("timex",), f"{t.type} {t.text!r} = {t.value}{interval}"))
    return found


def highlight(text: str, annotations: Iterable[Annotation], offset: int = 0) -> str:
    """Escaped HTML of `text` (which starts at `offset` of its article) with every annotation as classed spans.

    Each span carries the classes and notes of every annotation covering it, and data-s, data-t and data-e
    attributes listing the mentions whose sentence, trigger or other evidence it is part of.
    """
    spans = [a for a in annotations if a.start < offset + len(text) and a.end > offset and a.end > a.start]
    cuts = sorted({0, len(text)} | {min(max(p - offset, 0), len(text)) for a in spans for p in (a.start, a.end)})
    parts = []
    for lo, hi in itertools.pairwise(cuts):
        if lo == hi:
            continue
        piece = html.escape(text[lo:hi], quote=False)
        covering = [a for a in spans if a.start - offset <= lo and a.end - offset >= hi]
        if not covering:
            parts.append(piece)
            continue
        classes = sorted({c for a in covering for c in a.classes})
        notes = list(dict.fromkeys(a.note for a in covering if a.note))
        attributes = f' class="{" ".join(classes)}"'
        if notes:
            attributes += f' title="{html.escape(chr(10).join(notes))}"'
        for link in sorted({a.link for a in covering if a.mentions}):
            mentions = sorted({m for a in covering if a.link == link for m in a.mentions})
            attributes += f' data-{link}="{html.escape(" ".join(mentions))}"'
        parts.append(f"<span{attributes}>{piece}</span>")
    return "".join(parts)


def _mention_card(mention: dict[str, Any]) -> str:
    """One mention's summary under its article: type, trigger, rule, confidence, status and date."""
    status = mention["status"] + (f" (cue {mention['status_cue']!r})" if mention.get("status_cue") else "")
    actors = ", ".join(f"{a['name']} ({a['role']})" for a in mention.get("actors") or [])
    where = mention.get("location_name") or ""
    fields = [("rule", mention["rule_id"]), ("confidence", f"{mention['confidence']:.2f}"), ("status", status),
              ("date", _date_note(mention) + (f" from {mention['date_text']!r}" if mention.get("date_text") else "")),
              ("actors", actors), ("place", where)]
    body = "".join(f"<span class=\"field\"><b>{name}</b> {html.escape(value)}</span>" for name, value in fields if value)
    return (f'<li class="mention" id="m-{html.escape(mention["mention_id"])}" '
            f'data-event="{html.escape(mention["event_id"])}" data-m="{html.escape(mention["mention_id"])}">'
            f'<span class="badge type-{mention["event_type"]}">{mention["event_type"]}</span> '
            f'<q>{html.escape(mention["trigger_text"])}</q> {body} '
            f'<a href="#" class="to-event" data-event="{html.escape(mention["event_id"])}">show event</a></li>')


def _article_section(article: dict[str, Any], mentions: list[dict[str, Any]], opened: bool) -> str:
    """One article: its header, its text (or its mentions' sentences) with the evidence highlighted, its mentions."""
    notes = []
    for mention in mentions:
        notes += mention_annotations(mention)
    text = article.get("text")
    if text is not None:
        notes += [Annotation(s["start"], s["end"], ("boilerplate",), f"boilerplate: {s['reason']}")
                  for s in article.get("excluded_spans") or []]
        taken = {(m["date_char_start"], m["date_char_end"]) for m in mentions if m.get("date_char_start") is not None}
        notes += other_timexes(text, article.get("published"), taken)
        body = f'<div class="text">{highlight(text, notes)}</div>'
    else:
        sentences = sorted({(m["sentence_start"], m["sentence_end"], m["sentence"]) for m in mentions})
        body = ('<p class="note">The dataset was written without article text (--no-text): '
                'the sentences of its mentions are shown.</p>'
                + "".join(f'<p class="text">{highlight(s, notes, start)}</p>' for start, _, s in sentences))
    published = article.get("published")
    meta = [f"published {_iso(published)} ({article.get('published_source')})" if published else "publication date unknown",
            article.get("outlet") or "", f"{len(mentions)} mentions"]
    evidence = html.escape(article.get("published_evidence") or "")
    url = article.get("url")
    link = f' <a href="{html.escape(url)}" rel="noreferrer">source</a>' if url else ""
    title = html.escape(article.get("title") or article["article_id"])
    cards = "".join(_mention_card(m) for m in mentions)
    return (f'<section class="article" id="a-{html.escape(article["article_id"])}" '
            f'data-article="{html.escape(article["article_id"])}"><details{" open" if opened else ""}>'
            f'<summary><span class="title">{title}</span> <span class="meta" title="{evidence}">'
            f'{html.escape(" · ".join(x for x in meta if x))}</span> <code>{html.escape(article["article_id"])}</code>{link}'
            f'</summary>{body}<ol class="mentions">{cards}</ol></details></section>')


def _event_record(event: dict[str, Any], triggers: dict[str, str]) -> dict[str, Any]:
    """What the timeline script needs to know of one event."""
    return {"id": event["event_id"], "type": event["event_type"], "status": event["status"],
            "start": _iso(event["date_start"]), "end": _iso(event["date_end"]),
            "precision": event.get("date_precision"), "modifier": event.get("date_modifier"),
            "date_text": event.get("date_text"), "actors": [a["name"] for a in event.get("actors") or []],
            "place": event.get("location_name"), "articles": list(event["article_ids"]),
            "mentions": list(event["mention_ids"]), "confidence": event["confidence"],
            "trigger": triggers.get(event["mention_ids"][0], "") if event["mention_ids"] else ""}


def _script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _asset(name: str) -> str:
    """A file of eventx/data (the report's style and script)."""
    return resources.files("eventx").joinpath("data", name).read_text(encoding="utf-8")


def report_html(dataset: str | os.PathLike[str], *, title: str | None = None) -> ReportHTML:
    """The HTML report of the dataset folder written by `eventx extract`: timeline, filters, highlighted articles."""
    out = Path(dataset)
    if not out.is_dir():
        raise InputError(f"{out}: not a dataset folder (write one with eventx extract ... -o {out})")
    store.open_for_reading(out)
    check_dataset_version(out)
    events = _rows(out, "events", EVENT_COLUMNS)
    mentions = _rows(out, "mentions", MENTION_COLUMNS)
    articles = sorted(_rows(out, "articles", ARTICLE_COLUMNS), key=lambda a: a["article_id"])
    by_article: dict[str, list[dict[str, Any]]] = {}
    for mention in sorted(mentions, key=lambda m: (m["article_id"], m["char_start"], m["mention_id"])):
        by_article.setdefault(mention["article_id"], []).append(mention)
    triggers = {m["mention_id"]: m["trigger_text"] for m in mentions}
    records = [_event_record(e, triggers) for e in sorted(events, key=lambda e: e["event_id"])]
    colors = type_colors()
    used = sorted({e["event_type"] for e in events})
    palette = "".join(f".type-{t}{{--c:{colors.get(t, '#555')}}}" for t in used)
    opened = len(articles) <= OPEN_ARTICLES
    sections = "".join(_article_section(a, by_article.get(a["article_id"], []), opened) for a in articles)
    heading = html.escape(title or f"eventx report: {out.resolve().name}")
    data = {"events": records, "types": used, "colors": {t: colors.get(t, "#555") for t in used},
            "articles": [{"id": a["article_id"], "title": a.get("title") or a["article_id"]} for a in articles]}
    slots = {"TITLE": heading, "STYLE": _asset("report.css") + palette, "SCRIPT": _asset("report.js"),
             "DATA": _script_json(data), "ARTICLES": sections,
             "FOOTER": html.escape(f"eventx {__version__}, schema {schema.schema_version()}: {len(articles)} articles, "
                                   f"{len(mentions)} mentions, {len(events)} events")}
    return ReportHTML(_SLOT.sub(lambda m: slots[m.group(1)], _asset("report.html")))


def _write_atomically(path: Path, text: str) -> Path:
    """Write text to path through a temporary file in the same folder, so a failure leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = store.temporary_path(path)
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


def write_report(dataset: str | os.PathLike[str], target: str | os.PathLike[str], *, title: str | None = None) -> Path:
    """Write the HTML report of a dataset folder to `target`; return its path."""
    return report_html(dataset, title=title).save(target)
