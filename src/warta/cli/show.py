"""``warta show ID --out DIR``: one article's extraction, readable or ``--json``."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from warta.cli.options import library_errors, out_option
from warta.doc import Document
from warta.store.read import ArticleView, get_article


@click.command()
@click.argument("article_id")
@out_option
@click.option("--json", "as_json", is_flag=True, help="Print the stored Document as JSON.")
def show_command(article_id: str, out_dir: str, as_json: bool) -> None:
    """Show one article: metadata, body by paragraph, rejects, warnings and later layers."""
    with library_errors():
        view = get_article(out_dir, article_id)
    if view is None:
        raise click.ClickException(f"no article or reject with id {article_id!r} in {out_dir}")
    if as_json:
        click.echo(json.dumps(view.to_dict(), ensure_ascii=False, indent=2, default=str))
        return
    print_view(view)


def print_view(view: ArticleView) -> None:
    console = Console()
    doc = view.document
    if doc is not None:
        _print_document(console, doc, view)
    for rej in view.rejects:
        console.print(f"[red]reject[/] {rej.code} at {rej.stage}: {rej.reason} "
                      f"({rej.source} {rej.locator})")


def _print_document(console: Console, doc: Document, view: ArticleView) -> None:
    md = doc.metadata
    meta = Table(show_header=False, box=None, pad_edge=False)
    meta.add_column(style="bold")
    meta.add_column()
    for name, value in (
        ("id", doc.id), ("outlet", md.outlet), ("title", md.title),
        ("published", f"{md.published} ({md.published_granularity})" if md.published
         else None),
        ("authors", ", ".join(md.authors)), ("dateline", md.dateline),
        ("wire", ", ".join(md.wire)), ("url", md.url), ("section", md.section),
        ("source", f"{doc.raw.source} {doc.raw.locator}".strip()),
        ("content hash", doc.content_hash[:16]), ("run", view.run_id),
        ("versions", ", ".join(f"{n} {v}" for n, v in doc.versions)),
    ):
        meta.add_row(name, str(value) if value else "-")
    console.print(meta)
    for i, text in enumerate(doc.paragraph_texts(), start=1):
        console.print(Panel(text, title=f"¶{i}", title_align="left", expand=True))
    for warning in doc.warnings:
        console.print(f"[yellow]warning[/] {warning}")
    for row in view.clusters:
        if row["article_id"] != doc.id:
            console.print(f"duplicate ({row['kind']}, {row['similarity']:.2f}) "
                          f"of cluster {row['cluster_id']}: {row['article_id']}")
    layers = {k: n for k, n in view.layer_counts.items() if n}
    if layers:
        console.print("layers: " + ", ".join(f"{k} {n}" for k, n in layers.items()))
    for ent in doc.entities:
        console.print(f"  entity {ent.type} {ent.name} {ent.code or ''}/{ent.sector or ''}")
    for q in doc.quotes:
        console.print(f"  quote ({q.kind}) {q.speaker_name or '?'}: {q.text[:100]}")
    for ev in doc.events:
        target = ev.target.name if ev.target else "-"
        console.print(f"  event {ev.plover} {ev.cameo} {ev.status}: {ev.source.name} → "
                      f"{target} | {ev.evidence.text(doc.body)[:100]}")
