"""Render records: JSON Lines (streaming), one JSON array, CSV (one row per incident), a rich table.

Machine formats never contain ANSI escapes; rich is imported only for the table and --explain.
"""
from __future__ import annotations

import json
from typing import IO

from .record import Record

CSV_COLUMNS = [
    "id", "primary", "attack_type", "suicide", "weapon", "date", "place", "city", "admin1",
    "country", "country_code", "latitude", "longitude", "killed", "killed_min", "killed_max",
    "killed_qualifier", "killed_perpetrators", "wounded", "wounded_min", "wounded_max",
    "wounded_qualifier", "wounded_perpetrators", "perpetrator", "claim", "error",
]


def csv_rows(record: Record) -> list[dict]:
    """Flat rows: one per incident; a record without incidents gives one row with the id
    (and its error, if any), so every input is accounted for."""
    err = record.error.message if record.error else None
    if not record.incidents:
        return [{"id": record.id, "error": err}]
    rows = []
    for inc in record.incidents:
        row = {"id": record.id, "primary": inc.primary, "attack_type": inc.attack_type,
               "suicide": inc.suicide, "weapon": inc.weapon, "date": inc.date,
               "perpetrator": inc.perpetrator.name, "claim": inc.perpetrator.claim, "error": err}
        row.update({k: v for k, v in inc.location.to_dict().items() if k != "reason"})
        for name, count in (("killed", inc.killed), ("wounded", inc.wounded)):
            row[name] = count.value
            row[f"{name}_min"] = count.min
            row[f"{name}_max"] = count.max
            row[f"{name}_qualifier"] = count.qualifier
            row[f"{name}_perpetrators"] = count.perpetrators
        rows.append(row)
    return rows


# what json.dumps(..., ensure_ascii=False) does, less its check for circular references (a
# record's dict is a tree, built afresh by to_dict: ~10% of the encoding)
_JSON = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


class Writer:
    """Streams records to ``out`` in one of the machine formats."""

    def __init__(self, out: IO[str], fmt: str):
        self.out, self.fmt, self.count = out, fmt, 0
        self._csv = None
        if fmt == "csv":
            import csv
            self._csv = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore",
                                       lineterminator="\n")
            self._csv.writeheader()
        elif fmt == "json":
            out.write("[")

    def write(self, record: Record) -> None:
        if self.fmt == "jsonl":
            self.out.write(_JSON(record.to_dict()) + "\n")
        elif self.fmt == "json":
            self.out.write(("," if self.count else "") + "\n" +
                           json.dumps(record.to_dict(), ensure_ascii=False, indent=1))
        elif self.fmt == "csv":
            for row in csv_rows(record):
                self._csv.writerow({k: _cell(v) for k, v in row.items()})
        self.count += 1
        if self.fmt == "jsonl":  # streaming: each record reaches the pipe as it is made
            self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "]\n")
        self.out.flush()


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _count_text(count) -> str:
    if count.value is None and count.min is None:
        return ""
    q = count.qualifier
    if count.value is None:
        text = f"{count.min}+"
    elif q == "at_least":
        text = f"≥{count.value}"
    elif q == "more_than":
        text = f">{count.value}"
    elif q == "range" and count.max is not None:
        text = f"{count.min}–{count.max}"
    elif q in ("about", "at_most"):
        text = f"~{count.value}" if q == "about" else f"≤{count.value}"
    else:
        text = str(count.value)
    if count.perpetrators:
        text += f" (+{count.perpetrators} attacker{'s' if count.perpetrators > 1 else ''})"
    return text


def render_table(records: list[Record], console) -> None:
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    table.add_column("id", overflow="ellipsis", max_width=20, no_wrap=True)
    table.add_column("")
    table.add_column("type", min_width=9)
    for col in ("date", "place", "country", "killed", "wounded", "perpetrator", "claim"):
        table.add_column(col, overflow="fold")
    for rec in records:
        rid = escape(str(rec.id))
        if rec.error:
            table.add_row(rid, "", f"[red]error: {escape(rec.error.message)}[/red]", *[""] * 7)
            continue
        if not rec.incidents:
            table.add_row(rid, "", "[dim]no incident[/dim]", *[""] * 7)
        for inc in rec.incidents:
            loc = inc.location
            place = loc.city or loc.place or loc.admin1 or ""
            kind = (inc.attack_type or "") + (" (suicide)" if inc.suicide else "")
            cells = (kind, inc.date or "", place, loc.country or "", _count_text(inc.killed),
                     _count_text(inc.wounded), inc.perpetrator.name or "", inc.perpetrator.claim or "")
            table.add_row(rid, "★" if inc.primary else "", *(escape(c) for c in cells))
    console.print(table)


def render_explain(record: Record, console) -> None:
    """The article with every evidence span highlighted, then each field, its value and reason."""
    from rich.markup import escape
    from rich.panel import Panel
    from rich.text import Text

    text = record.text or ""
    if record.error:
        console.print(Text(f"{record.id}: {record.error.message}", style="red"))
        return
    if not record.incidents:
        console.print(Panel(Text(text), title=escape(f"{record.id}: no incident found")))
        return
    styles = ["bold black on yellow", "bold black on cyan", "bold black on green",
              "bold black on magenta"]
    for n, inc in enumerate(record.incidents, 1):
        body = Text(text)
        for k, (field, span) in enumerate(sorted(inc.evidence.items())):
            body.stylize(styles[k % len(styles)], span.start, span.end)
        title = f"{record.id} — incident {n}{' (primary)' if inc.primary else ''}"
        console.print(Panel(body, title=escape(title)))
        fields = Text()
        for field, span in sorted(inc.evidence.items(), key=lambda kv: kv[1].start):
            reason = inc.reasons.get(field) or inc.reasons.get(
                "location" if field in ("place", "city", "admin1", "country") else field, "")
            fields.append(f"{field:<12}", style="bold")
            fields.append(f"{span.text!r} @{span.start}-{span.end}")
            if reason:
                fields.append(f"  ({reason})", style="dim")
            fields.append("\n")
        console.print(fields)
