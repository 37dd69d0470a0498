"""CoNLL-U reading and CoNLL 2018 shared-task style scoring of a spaCy pipeline from raw text.

The system never sees gold tokens: it reads the sentences' text and its tokens, words and
sentences are aligned to the gold ones by character span over the text with all whitespace
removed, as in the shared task's ``conll18_ud_eval.py``. Tokens and sentences count when their
spans match exactly; words inside multi-word tokens (``bukunya`` = ``buku`` + ``nya``) are
aligned by longest common subsequence of their lower-cased forms within the region the
multi-word token covers. Every word metric is an F1 over aligned words (precision over system
words, recall over gold words); LAS compares the universal part of the relation (``nmod`` for
``nmod:poss``), as the shared task does.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.errors import EvalError
from warta.lang.annotate import CLITIC_WORDS


@dataclass(frozen=True)
class UDWord:
    """A syntactic word (one CoNLL-U line with an integer id); ``head`` 0 is the root."""

    id: int
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    misc: str


@dataclass(frozen=True)
class UDToken:
    """A surface token: one word, or a multi-word range ``first..last`` (``6-7``)."""

    first: int
    last: int
    form: str
    space_after: bool


@dataclass
class UDSentence:
    sent_id: str
    text: str
    words: list[UDWord] = field(default_factory=list)
    tokens: list[UDToken] = field(default_factory=list)
    newdoc: bool = False

    def surface(self) -> str:
        """The sentence text rebuilt from its tokens and ``SpaceAfter=No`` marks."""
        parts = [t.form + (" " if t.space_after else "") for t in self.tokens]
        return "".join(parts).rstrip()


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def parse_conllu(text: str, *, source: str = "<text>") -> list[UDSentence]:
    """Sentences of a CoNLL-U document (empty nodes ``3.1`` are skipped)."""
    sentences: list[UDSentence] = []
    current: UDSentence | None = None
    pending_newdoc = False
    mwt_until = 0
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if current is not None and current.words:
                sentences.append(current)
            current, mwt_until = None, 0
            continue
        if current is None:
            current = UDSentence(sent_id=str(len(sentences) + 1), text="")
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            key = key.strip()
            if key == "sent_id":
                current.sent_id = value.strip()
            elif key == "text":
                current.text = value.strip()
            elif key.startswith("newdoc"):
                pending_newdoc = True
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise EvalError(f"{source}:{lineno}: expected 10 tab-separated columns")
        if "." in cols[0]:
            continue
        if "-" in cols[0]:
            first, last = (int(x) for x in cols[0].split("-"))
            current.tokens.append(UDToken(first, last, cols[1], _space_after(cols[9])))
            mwt_until = last
            continue
        try:
            wid = int(cols[0])
            head = int(cols[6]) if cols[6] != "_" else 0
        except ValueError:
            raise EvalError(f"{source}:{lineno}: bad word id or head") from None
        word = UDWord(wid, cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7], cols[9])
        current.words.append(word)
        if wid > mwt_until:
            current.tokens.append(UDToken(wid, wid, cols[1], _space_after(cols[9])))
        if pending_newdoc:
            current.newdoc, pending_newdoc = True, False
    if current is not None and current.words:
        sentences.append(current)
    return sentences


def read_conllu(path: str | Path) -> list[UDSentence]:
    return parse_conllu(Path(path).read_text(encoding="utf-8"), source=str(path))


def write_conllu(sentences: Sequence[UDSentence]) -> str:
    """Serialise sentences back to CoNLL-U (used to write held-out splits)."""
    out: list[str] = []
    for s in sentences:
        out.append(f"# sent_id = {s.sent_id}")
        out.append(f"# text = {s.text or s.surface()}")
        ranges = {t.first: t for t in s.tokens if t.last > t.first}
        for w in s.words:
            if w.id in ranges:
                t = ranges[w.id]
                misc = "_" if t.space_after else "SpaceAfter=No"
                out.append(f"{t.first}-{t.last}\t{t.form}\t_\t_\t_\t_\t_\t_\t_\t{misc}")
            out.append("\t".join([str(w.id), w.form, w.lemma, w.upos, w.xpos, w.feats,
                                  str(w.head), w.deprel, "_", w.misc]))
        out.append("")
    return "\n".join(out) + "\n"


# --- alignment -------------------------------------------------------------------------
@dataclass(frozen=True)
class _Word:
    """A word placed in the whitespace-free text; ``head`` is a global word index or -1."""

    start: int
    end: int
    form: str
    multiword: bool
    upos: str
    lemma: str
    head: int
    deprel: str


def _squash(text: str) -> str:
    return "".join(text.split())


def _beyond_end(words: Sequence[_Word], i: int, end: int) -> bool:
    if i >= len(words):
        return True
    if words[i].multiword:
        return words[i].start >= end
    return words[i].end > end


def _extend_end(word: _Word, end: int) -> int:
    return word.end if word.multiword and word.end > end else end


def _multiword_region(gold: Sequence[_Word], system: Sequence[_Word], gi: int,
                      si: int) -> tuple[int, int, int, int]:
    """The minimal region around a multi-word token (conll18_ud_eval ``find_multiword_span``)."""
    if gold[gi].multiword:
        end = gold[gi].end
        if not system[si].multiword and system[si].start < gold[gi].start:
            si += 1
    else:
        end = system[si].end
        if not gold[gi].multiword and gold[gi].start < system[si].start:
            gi += 1
    gs, ss = gi, si
    while not _beyond_end(gold, gi, end) or not _beyond_end(system, si, end):
        if gi < len(gold) and (si >= len(system) or gold[gi].start <= system[si].start):
            end = _extend_end(gold[gi], end)
            gi += 1
        else:
            end = _extend_end(system[si], end)
            si += 1
    return gs, ss, gi, si


def _lcs_align(gold: Sequence[_Word], system: Sequence[_Word], gs: int, ss: int, ge: int,
               se: int) -> Iterator[tuple[int, int]]:
    n, m = ge - gs, se - ss
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for g in reversed(range(n)):
        for s in reversed(range(m)):
            if gold[gs + g].form.lower() == system[ss + s].form.lower():
                lcs[g][s] = 1 + lcs[g + 1][s + 1]
            lcs[g][s] = max(lcs[g][s], lcs[g + 1][s], lcs[g][s + 1])
    g = s = 0
    while g < n and s < m:
        if gold[gs + g].form.lower() == system[ss + s].form.lower():
            yield gs + g, ss + s
            g += 1
            s += 1
        elif lcs[g][s] == lcs[g + 1][s]:
            g += 1
        else:
            s += 1


def align_words(gold: Sequence[_Word], system: Sequence[_Word]) -> dict[int, int]:
    """Gold word index -> system word index, per the CoNLL 2018 rules."""
    pairs: dict[int, int] = {}
    gi = si = 0
    while gi < len(gold) and si < len(system):
        if gold[gi].multiword or system[si].multiword:
            gs, ss, gi, si = _multiword_region(gold, system, gi, si)
            pairs.update(_lcs_align(gold, system, gs, ss, gi, si))
        elif (gold[gi].start, gold[gi].end) == (system[si].start, system[si].end):
            pairs[gi] = si
            gi += 1
            si += 1
        elif gold[gi].start <= system[si].start:
            gi += 1
        else:
            si += 1
    return pairs


# --- gold and system sides --------------------------------------------------------------
@dataclass
class _Side:
    """Tokens, sentences (as char spans) and words of one side, in whitespace-free offsets."""

    tokens: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    words: list[_Word] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    offset: int = 0


def _add_gold(side: _Side, sent: UDSentence) -> None:
    base = len(side.words)
    index = {w.id: base + i for i, w in enumerate(sent.words)}
    by_id = {w.id: w for w in sent.words}
    sent_start = side.offset
    for tok in sent.tokens:
        form = _squash(tok.form)
        start, end = side.offset, side.offset + len(form)
        side.text.append(form)
        side.offset = end
        side.tokens.append((start, end))
        multi = tok.last > tok.first
        for wid in range(tok.first, tok.last + 1):
            w = by_id[wid]
            head = index.get(w.head, -1)
            side.words.append(_Word(start, end, _squash(w.form), multi, w.upos, w.lemma, head,
                                    w.deprel))
    side.sentences.append((sent_start, side.offset))


def _add_system(side: _Side, doc: Any) -> None:
    """The system's tokens, sentences and words. A token with enclitics (``bukunya``; listed
    by ``SegmentedPipeline`` in ``doc.user_data``) is a multi-word token: its host word
    carries the model's analysis, each clitic word its own, headed by the host."""
    clitics: dict[int, Sequence[Any]] = doc.user_data.get(CLITIC_WORDS, {})
    for sent in doc.sents:
        toks = [t for t in sent if t.text.strip()]
        if not toks:
            continue
        local: dict[int, int] = {}  # token index -> its host word's index
        n = len(side.words)
        for t in toks:
            local[t.i] = n
            n += 1 + len(clitics.get(t.i, ()))
        sent_start = side.offset
        for t in toks:
            form = _squash(t.text)
            start, end = side.offset, side.offset + len(form)
            side.text.append(form)
            side.offset = end
            side.tokens.append((start, end))
            head = -1 if t.head.i == t.i else local.get(t.head.i, -1)
            parts = clitics.get(t.i, ())
            host = form[:parts[0].start] if parts else form
            side.words.append(_Word(start, end, host, bool(parts), t.pos_, t.lemma_, head,
                                    t.dep_))
            for c in parts:
                side.words.append(_Word(start, end, c.form, True, c.upos, c.lemma,
                                        local[t.i], c.deprel))
        side.sentences.append((sent_start, side.offset))


def _f1(correct: int, gold_total: int, system_total: int) -> float:
    if not gold_total or not system_total:
        return 0.0
    p, r = correct / system_total, correct / gold_total
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def _chunks(sentences: Sequence[UDSentence], size: int) -> Iterator[list[UDSentence]]:
    chunk: list[UDSentence] = []
    for s in sentences:
        if chunk and (s.newdoc or len(chunk) >= size):
            yield chunk
            chunk = []
        chunk.append(s)
    if chunk:
        yield chunk


def score_sentences(gold_sentences: Sequence[UDSentence], nlp: Any, *,
                    sentences_per_chunk: int = 10) -> dict[str, Any]:
    """Score ``nlp`` on gold sentences: the system reads raw text, ``sentences_per_chunk``
    sentences (or one ``# newdoc`` document) at a time, joined by spaces."""
    gold, system = _Side(), _Side()
    chunks = list(_chunks(gold_sentences, sentences_per_chunk))
    texts = [" ".join(s.surface() for s in chunk) for chunk in chunks]
    for chunk, doc in zip(chunks, nlp.pipe(texts), strict=True):
        for sent in chunk:
            _add_gold(gold, sent)
        _add_system(system, doc)
    if "".join(gold.text) != "".join(system.text):
        raise EvalError("system text differs from gold text after removing whitespace",
                        hint="the tokenizer must not change characters")
    pairs = align_words(gold.words, system.words)
    ng, ns = len(gold.words), len(system.words)
    upos = lemma = uas = las = 0
    for gi, si in pairs.items():
        g, s = gold.words[gi], system.words[si]
        upos += g.upos == s.upos
        lemma += g.lemma in ("_", s.lemma)  # shared task: a gold "_" lemma is not scored
        head_ok = (g.head == -1 and s.head == -1) or (g.head != -1 and pairs.get(g.head) == s.head
                                                       and s.head != -1)
        uas += head_ok
        las += head_ok and g.deprel.split(":")[0].lower() == s.deprel.split(":")[0].lower()
    same_tokens = len(set(gold.tokens) & set(system.tokens))
    same_sents = len(set(gold.sentences) & set(system.sentences))
    return {
        "sentence_f1": _f1(same_sents, len(gold.sentences), len(system.sentences)),
        "token_f1": _f1(same_tokens, len(gold.tokens), len(system.tokens)),
        "word_f1": _f1(len(pairs), ng, ns),
        "upos": _f1(upos, ng, ns),
        "lemma": _f1(lemma, ng, ns),
        "uas": _f1(uas, ng, ns),
        "las": _f1(las, ng, ns),
        "gold_words": ng,
        "system_words": ns,
        "sentences": len(gold.sentences),
    }


def score_conllu(gold_path: str | Path, nlp: Any, *, sentences_per_chunk: int = 10) -> dict[str, Any]:
    """Sentence and token F1, UPOS, lemma, UAS and LAS of ``nlp`` on a gold CoNLL-U file."""
    sentences = read_conllu(gold_path)
    if not sentences:
        raise EvalError(f"{gold_path}: no sentences")
    return score_sentences(sentences, nlp, sentences_per_chunk=sentences_per_chunk)
