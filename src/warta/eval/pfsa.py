"""Score the quote detector on PFSA-ID token files (``warta eval pfsa FILE``).

The format: one ``token<TAB>tag`` per line, a blank line between sentences, BILOU tags
(``B-``/``I-``/``L-``/``U-``) over STATEMENT, PERSON, PERSONCOREF, CUE, CUECOREF, ROLE,
AFFILIATION, … . The scorer's rules:

* **Documents**: the file has no document markers; a sentence opening with a capitalised
  place and an outlet name (``JAKARTA , KOMPAS —``) starts a new document.
* **Text**: tokens are joined with single spaces, except that punctuation attaches to the
  word before it and quotation marks attach to the words they enclose. A mark token that
  ends a sentence is the opening mark of the next sentence (the corpus' sentence splitter
  leaves it behind); a mark after ``, . ? !`` closes; any other mark toggles. The sentences
  of the file are given to the detector as the sentence layer; a document is one paragraph.
* **Gold quotes**: every STATEMENT span. PFSA-ID annotates direct quotations only (all but
  one span carry quotation marks), so only *direct* predictions are scored; the number of
  indirect predictions is reported beside (``indirect_predicted``). Not every quotation of
  the corpus is annotated, so precision is a lower bound.
* **Found**: as in ``warta.eval.quotes``: token bags (marks excluded) overlapping by at least
  half of the longer side, pairs one-to-one. ``exact_f1`` compares the quoted text without
  its marks after whitespace normalisation.
* **Gold speaker**: the PERSON span in the sentence where the statement ends (outside the
  statement), else in the sentence where it starts; else the PERSONCOREF or CUECOREF of
  that sentence (``kata Ario``, ``kata Presiden``, ``katanya``) read back to a person:

  - a PERSONCOREF that shares a word with an earlier PERSON (``Ario`` → ``Ario Adimas``)
    is that PERSON, the nearest such before the statement;
  - a PERSONCOREF that is a name sharing no word with an earlier PERSON (``Risma`` after
    ``Tri Rismaharini``) is its own text: it is a printed mention of the speaker;
  - a pronoun or a title (``dia``, ``Presiden``) and a CUECOREF (``katanya``) are the
    nearest PERSON before the statement in the same document.

  PFSA-ID tags a short name that refers back as PERSONCOREF and does not tag every
  earlier mention of the person as PERSON (only the mentions that attribute a
  statement), so "the nearest PERSON before" is right only for pronouns: for ``kata
  Ario`` it would pick whichever speaker was tagged last (an earlier reading of this
  scorer did that and counted correct ``Ario`` predictions as wrong). Statements with
  none of these have no gold speaker and are left out of ``speaker_accuracy``
  (``speaker_evaluated`` counts the rest).
* **Speaker match**: the words of one name are all among the words of the other, case
  folded, ranks and titles (the quote lexicon's ``person_titles``) left out on both sides
  (``Nurris`` ↔ ``Nurris Septa Pratama``; ``Irjen Fadil`` ↔ ``Fadil Imran``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.doc import Span
from warta.eval.matching import best_matching
from warta.eval.quotes import is_found, overlaps
from warta.eval.text import norm_ws, prf, tokens
from warta.quotes.component import extract_quotes
from warta.quotes.lexicon import lexicon
from warta.resources import Resources

MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "„", "«", "»"})
ATTACH_LEFT = frozenset({",", ".", ";", ":", "?", "!", ")", "%", "…"})
_DOC_START = re.compile(r"^[A-Z][A-Z .]*\s*,\s*KOMPAS")


@dataclass
class PfsaDoc:
    text: str = ""
    sentences: list[Span] = field(default_factory=list)
    statements: list[Span] = field(default_factory=list)
    speakers: list[str | None] = field(default_factory=list)


def read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    out: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    out.append(cur)
                cur = []
                continue
            tok, _, tag = line.partition("\t")
            cur.append((tok, tag or "O"))
    if cur:
        out.append(cur)
    return out


def split_documents(sents: Sequence[list[tuple[str, str]]]) -> list[list[list[tuple[str, str]]]]:
    docs: list[list[list[tuple[str, str]]]] = []
    for s in sents:
        head = " ".join(t for t, _ in s[:6])
        if not docs or _DOC_START.match(head):
            docs.append([])
        docs[-1].append(s)
    return docs


def _spans(tags: Sequence[str], label: str) -> list[tuple[int, int]]:
    out, start = [], None
    for i, tag in enumerate(tags):
        prefix, _, lab = tag.partition("-")
        if lab != label:
            continue
        if prefix in ("B", "U"):
            start = i
        if prefix in ("L", "U") and start is not None:
            out.append((start, i))
            start = None
    return out


def build_document(sents: Sequence[list[tuple[str, str]]],
                   titles: frozenset[str] = frozenset()) -> PfsaDoc:
    """One document; ``titles`` are the words that make a PERSONCOREF a title rather than a
    name (``Presiden``: the quote lexicon's ``person_titles``)."""
    flat = [(tok, tag, k) for k, s in enumerate(sents) for tok, tag in s]
    roles: list[str] = []  # per token: open | close | word
    inside = False
    for i, (tok, _, k) in enumerate(flat):
        if tok not in MARKS:
            roles.append("word")
            continue
        last_of_sentence = i + 1 == len(flat) or flat[i + 1][2] != k
        prev = flat[i - 1][0] if i else ""
        if last_of_sentence and i + 1 < len(flat):
            role = "open"
        elif prev in (",", ".", "?", "!") and inside:
            role = "close"
        else:
            role = "close" if inside else "open"
        inside = role == "open"
        roles.append(role)
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for i, (tok, _, _) in enumerate(flat):
        glue = i == 0 or tok in ATTACH_LEFT or roles[i] == "close" or \
            roles[i - 1] == "open" or flat[i - 1][0] == "("
        if not glue:
            parts.append(" ")
            pos += 1
        starts.append(pos)
        parts.append(tok)
        pos += len(tok)
    doc = PfsaDoc(text="".join(parts))
    # sentence spans: an opening mark left at a sentence end belongs to the next one
    owner = [k for _, _, k in flat]
    for i, (_, _, k) in enumerate(flat):
        if roles[i] == "open" and i + 1 < len(flat) and flat[i + 1][2] != k:
            owner[i] = flat[i + 1][2]
    bounds: dict[int, list[int]] = {}
    for i, k in enumerate(owner):
        b = bounds.setdefault(k, [starts[i], starts[i] + len(flat[i][0])])
        b[0] = min(b[0], starts[i])
        b[1] = max(b[1], starts[i] + len(flat[i][0]))
    doc.sentences = [Span(b[0], b[1]) for _, b in sorted(bounds.items())]
    tags = [tag for _, tag, _ in flat]
    persons = _spans(tags, "PERSON")
    corefs = _spans(tags, "PERSONCOREF") + _spans(tags, "CUECOREF")
    for a, z in _spans(tags, "STATEMENT"):
        doc.statements.append(Span(starts[a], starts[z] + len(flat[z][0])))
        doc.speakers.append(_gold_speaker(flat, owner, persons, corefs, a, z, titles))
    return doc


def _gold_speaker(flat: Sequence[tuple[str, str, int]], owner: Sequence[int],
                  persons: Sequence[tuple[int, int]], corefs: Sequence[tuple[int, int]],
                  a: int, b: int, titles: frozenset[str] = frozenset()) -> str | None:
    def name(span: tuple[int, int]) -> str:
        return " ".join(t for t, _, _ in flat[span[0]:span[1] + 1])

    for sent in (owner[b], owner[a]):
        here = [p for p in persons if owner[p[0]] == sent and not a <= p[0] <= b]
        if here:
            return name(here[0])
    before = [p for p in persons if p[1] < a]
    for sent in (owner[b], owner[a]):
        refs = [c for c in corefs if owner[c[0]] == sent and not a <= c[0] <= b]
        if refs:
            return _coref_speaker(name(refs[0]), [name(p) for p in before], titles)
    return None


def _coref_speaker(ref: str, before: Sequence[str], titles: frozenset[str]) -> str | None:
    """The person a PERSONCOREF/CUECOREF text refers back to (rules in the docstring)."""
    words = set(tokens(ref))
    sharing = [p for p in before if words & set(tokens(p))]
    if sharing:
        return sharing[-1]
    if ref[:1].isupper() and not all(w in titles for w in ref.split()):
        return ref
    return before[-1] if before else None


def strip_marks(text: str) -> str:
    return text.strip().strip("".join(MARKS)).strip()


def names_match(gold: str | None, pred: str | None,
                titles: frozenset[str] = frozenset()) -> bool:
    g, p = _name_words(gold, titles), _name_words(pred, titles)
    return bool(g and p) and (g <= p or p <= g)


def _name_words(name: str | None, titles: frozenset[str]) -> set[str]:
    """The case-folded words of a name without its ranks and titles (PFSA-ID's PERSON spans
    hold them: ``Komisaris Besar Yusri Yunus``, ``Irjen Fadil``; a rank is not part of who
    spoke). A name made of titles only keeps them."""
    words = (name or "").split()
    kept = [w for w in words if w not in titles]
    return set(tokens(" ".join(kept or words)))


def score_documents(docs: Iterable[PfsaDoc], resources: Resources) -> dict[str, Any]:
    titles = lexicon(resources).person_titles
    tp = fp = fn = exact = n_pred = n_gold = spk_ok = spk_n = indirect = 0
    n_docs = 0
    for doc in docs:
        n_docs += 1
        quotes = extract_quotes(doc.text, resources, (Span(0, len(doc.text)),), doc.sentences)
        preds = [q for q in quotes if q.kind == "direct"]
        indirect += len(quotes) - len(preds)
        gold = [strip_marks(doc.text[s.start:s.end]) for s in doc.statements]
        weights = {(i, j): overlaps(p.text, g) for i, p in enumerate(preds)
                   for j, g in enumerate(gold) if is_found(p.text, g)}
        pairs = best_matching(len(preds), len(gold), weights)
        tp += len(pairs)
        fp += len(preds) - len(pairs)
        fn += len(gold) - len(pairs)
        n_pred += len(preds)
        n_gold += len(gold)
        golds = {norm_ws(g) for g in gold}
        exact += sum(norm_ws(p.text) in golds for p in preds)
        for i, j in pairs:
            if doc.speakers[j] is None:
                continue
            spk_n += 1
            spk_ok += names_match(doc.speakers[j], preds[i].speaker_name, titles)
    precision, recall, f1 = prf(tp, fp, fn)
    return {
        "precision": precision, "recall": recall, "f1": f1,
        "exact_f1": prf(exact, n_pred - exact, n_gold - exact)[2],
        "speaker_accuracy": spk_ok / spk_n if spk_n else 0.0,
        "tp": tp, "fp": fp, "fn": fn, "speaker_correct": spk_ok, "speaker_evaluated": spk_n,
        "statements": n_gold, "documents": n_docs, "indirect_predicted": indirect,
    }


def score_file(path: Path, resources: Resources) -> dict[str, Any]:
    titles = lexicon(resources).person_titles
    docs = (build_document(d, titles) for d in split_documents(read_sentences(path)))
    return score_documents(docs, resources)
