"""``warta eval ud`` and ``warta eval ner``: score the shipped language model on public dev
files. With ``--json`` they print the document shape of ``warta eval``:
``{"layers": {"ud": {...}}}`` and ``{"layers": {"ner": {...}}}``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

UD_KEYS = ("sentence_f1", "token_f1", "upos", "lemma", "uas", "las")


def _print(layer: str, scores: dict[str, Any], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps({"layers": {layer: scores}}, indent=2, ensure_ascii=False))
        return
    for key, value in scores.items():
        if isinstance(value, dict):
            parts = ", ".join(f"{k} {v['f1']:.3f}" for k, v in value.items())
            click.echo(f"{key:>12}  {parts}")
        else:
            click.echo(f"{key:>12}  {value:.4f}" if isinstance(value, float) else f"{key:>12}  {value}")


@click.command("ud")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="print JSON")
def ud_command(file: Path, as_json: bool) -> None:
    """Sentence/token F1, UPOS, lemma, UAS, LAS of the language layer (Warta's segmenter and
    tokenizer, then the model) on a CoNLL-U FILE (raw text in, CoNLL 2018 character alignment)."""
    from warta.eval.ud import score_conllu
    from warta.lang.annotate import SegmentedPipeline
    from warta.lang.model import load_model
    from warta.resources import load_resources

    # score what the language layer runs: Warta's segmenter and tokenizer, then the model
    scores = score_conllu(file, SegmentedPipeline(load_model(exclude=("ner",)), load_resources()))
    _print("ud", {k: scores[k] for k in UD_KEYS}, as_json)


@click.command("ner")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["conll", "tsv", "indonlu"]), required=True,
              help="conll: token POS TAG (idner-news-2k); tsv: token<TAB>TAG (indolem); "
                   "indonlu: token<TAB>TAG (IndoNLU)")
@click.option("--json", "as_json", is_flag=True, help="print JSON")
def ner_command(file: Path, fmt: str, as_json: bool) -> None:
    """Entity-level exact-span P/R/F1 of the model on a BIO FILE, labels mapped to PER/ORG/LOC
    with src/warta/data/ner/label_map.tsv."""
    from warta.eval.ner import score_file
    from warta.lang.model import load_model

    scores = score_file(file, fmt, load_model())
    _print("ner", {k: scores[k] for k in ("precision", "recall", "f1", "per_label")}, as_json)
