"""UD treebanks -> spaCy DocBins for the tagger, lemmatizer and parser.

Three things happen between the CoNLL-U files and the DocBins, all driven by data files:

* relations are harmonised to one convention (``labels/ud_deprel_map.tsv``): PUD and the 2017
  GSD file use ``flat``/``nmod:npmod``/``compound:plur`` where CSUI and the current GSD use
  ``flat:name``/``nmod``/``compound``; mixing unharmonised treebanks teaches the parser noise;
* words are merged into the tokens the run-time tokenizer produces. spaCy's Indonesian
  tokenizer keeps ``menyetujuinya`` whole while CSUI splits it into ``menyetujui`` + ``nya``
  (a multi-word token) and PUD into two plain words; the merged token takes the POS, lemma,
  head and relation of the word whose head lies outside the group, so the model learns to
  analyse the token it will actually see instead of losing those tokens as misaligned;
* consecutive sentences are grouped into documents so the parser learns sentence boundaries
  (Warta segments sentences with the parser).

Features (FEATS) and XPOS are dropped: the treebanks disagree on them (PUD and GSD 2017 have
none) and the morphologizer is trained as a pure UPOS tagger.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Alignment

from warta.eval.ud import UDSentence, UDWord, read_conllu, write_conllu

HERE = Path(__file__).parent
DEPREL_MAP = HERE / "labels" / "ud_deprel_map.tsv"


@dataclass(frozen=True)
class Token:
    form: str
    space: bool
    upos: str
    lemma: str | None
    head: int  # index within the sentence, -1 for the root
    deprel: str


def load_deprel_map(path: Path = DEPREL_MAP) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def harmonise(deprel: str, upos: str, treebank: str, rows: Sequence[dict[str, str]]) -> str:
    for row in rows:
        if row["treebank"] == treebank and row["deprel"] == deprel and row["upos"] in ("*", upos):
            return row["target"]
    return deprel


def _merge(words: Sequence[UDWord], group: Sequence[int], form: str) -> tuple[int, UDWord]:
    """The representative of a group of word positions: the word whose head leaves the group."""
    ids = {words[i].id for i in group}
    root = next((i for i in group if words[i].head not in ids), group[0])
    return root, words[root]


def _acyclic(tokens: Sequence[Token]) -> bool:
    for start in range(len(tokens)):
        seen = set()
        i = start
        while tokens[i].head >= 0:
            if i in seen:
                return False
            seen.add(i)
            i = tokens[i].head
    return True


def sentence_tokens(sent: UDSentence, treebank: str, rows: Sequence[dict[str, str]],
                    nlp: Language, *, has_lemmas: bool) -> list[Token]:
    """The sentence as run-time tokens with harmonised annotation.

    A merge can create a cycle (a word inside the group heads a word outside that heads the
    group); such a sentence keeps its syntactic words and spaCy's aligner marks the tokens it
    cannot align as missing."""
    tokens = _tokens(sent, treebank, rows, nlp, has_lemmas=has_lemmas, merge=True)
    if _acyclic(tokens):
        return tokens
    return _tokens(sent, treebank, rows, nlp, has_lemmas=has_lemmas, merge=False)


def _tokens(sent: UDSentence, treebank: str, rows: Sequence[dict[str, str]],
            nlp: Language, *, has_lemmas: bool, merge: bool) -> list[Token]:
    words = sent.words
    pos_of = {w.id: i for i, w in enumerate(words)}
    # 1. surface tokens (multi-word ranges become one group)
    groups: list[list[int]] = []
    forms: list[str] = []
    spaces: list[bool] = []
    for tok in sent.tokens:
        if merge:
            groups.append([pos_of[w] for w in range(tok.first, tok.last + 1)])
            forms.append(tok.form)
            spaces.append(tok.space_after)
            continue
        for w in range(tok.first, tok.last + 1):
            groups.append([pos_of[w]])
            forms.append(words[pos_of[w]].form)
            spaces.append(tok.space_after and w == tok.last)
    # 2. merge surface tokens that the run-time tokenizer keeps together
    text = "".join(f + (" " if s else "") for f, s in zip(forms, spaces, strict=True))
    predicted = [t.text for t in nlp.make_doc(text) if t.text.strip()]
    try:
        align = Alignment.from_strings(predicted, forms)
    except ValueError:
        align = None
    if align is not None and merge:
        merged_groups: list[list[int]] = []
        merged_forms: list[str] = []
        merged_spaces: list[bool] = []
        y2x = align.y2x
        x2y = align.x2y
        j = 0
        while j < len(forms):
            xs = [int(v) for v in y2x[j]]
            end = j + 1
            if len(xs) == 1:
                gold_of_x = [int(v) for v in x2y[xs[0]]]
                if len(gold_of_x) > 1 and gold_of_x[0] == j and all(
                        len(y2x[k]) == 1 for k in gold_of_x):
                    end = gold_of_x[-1] + 1
            merged_groups.append([i for k in range(j, end) for i in groups[k]])
            merged_forms.append("".join(forms[j:end]))
            merged_spaces.append(spaces[end - 1])
            j = end
        groups, forms, spaces = merged_groups, merged_forms, merged_spaces
    # 3. one token per group, heads re-pointed to groups
    group_of = {words[i].id: g for g, members in enumerate(groups) for i in members}
    tokens: list[Token] = []
    for members, form, space in zip(groups, forms, spaces, strict=True):
        _, word = _merge(words, members, form)
        head = -1 if word.head == 0 else group_of[word.head]
        lemma = word.lemma if has_lemmas and word.lemma != "_" else None
        tokens.append(Token(form, space, word.upos, lemma, head,
                            harmonise(word.deprel, word.upos, treebank, rows)))
    return tokens


def to_doc(nlp: Language, sentences: Sequence[list[Token]]) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    pos: list[str] = []
    lemmas: list[str | None] = []
    heads: list[int] = []
    deps: list[str] = []
    starts: list[bool | int | None] = []
    for tokens in sentences:
        base = len(words)
        for k, t in enumerate(tokens):
            words.append(t.form)
            spaces.append(t.space)
            pos.append(t.upos)
            lemmas.append(t.lemma)
            heads.append(base + (k if t.head < 0 else t.head))
            deps.append("ROOT" if t.head < 0 else t.deprel)
            starts.append(k == 0)
        spaces[-1] = True
    spaces[-1] = False
    has_lemmas = any(lemma is not None for lemma in lemmas)
    doc = Doc(nlp.vocab, words=words, spaces=spaces, pos=pos, heads=heads, deps=deps,
              sent_starts=starts, lemmas=[lm or "" for lm in lemmas] if has_lemmas else None)
    return doc


def lower_cased(docs: Sequence[Doc], nlp: Language) -> list[Doc]:
    """The same sentences lower-cased, annotations kept (lemmas lower-cased too). The joint
    model (``configs/joint.cfg``) trains on one lower-cased copy of the treebank data instead
    of spaCy's on-the-fly ``lower_case`` augmenter, which would give the NER sentences it
    trains beside an empty-morphology label and one-token trees (see the config)."""
    out = []
    for d in docs:
        out.append(Doc(nlp.vocab, words=[t.text.lower() for t in d],
                       spaces=[bool(t.whitespace_) for t in d],
                       pos=[t.pos_ for t in d], heads=[t.head.i for t in d],
                       deps=[t.dep_ for t in d],
                       lemmas=([t.lemma_.lower() for t in d] if d.has_annotation("LEMMA")
                               else None)))
    return out


def treebank_docs(sentences: Sequence[UDSentence], treebank: str, nlp: Language, *,
                  has_lemmas: bool, per_doc: int = 10) -> list[Doc]:
    rows = load_deprel_map()
    converted = [sentence_tokens(s, treebank, rows, nlp, has_lemmas=has_lemmas)
                 for s in sentences]
    return [to_doc(nlp, converted[i:i + per_doc]) for i in range(0, len(converted), per_doc)]


def split_heldout(sentences: Sequence[UDSentence], share: float,
                  seed: int) -> tuple[list[UDSentence], list[UDSentence]]:
    """A seeded random held-out split (train, dev); the dev ids are written next to the data."""
    rng = random.Random(seed)
    dev_ids = set(rng.sample(range(len(sentences)), round(len(sentences) * share)))
    train = [s for i, s in enumerate(sentences) if i not in dev_ids]
    dev = [s for i, s in enumerate(sentences) if i in dev_ids]
    return train, dev


def build(shared: Path, out: Path, nlp: Language, *, with_gsd2017: bool = False,
          seed: int = 13) -> dict[str, Path]:
    """Write train/dev DocBins and the held-out CSUI CoNLL-U; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    train_dir = shared / "data" / "train"
    csui = read_conllu(train_dir / "ud_indonesian_csui" / "id_csui-ud-train.conllu")
    csui_train, csui_dev = split_heldout(csui, 0.10, seed)
    (out / "csui-dev.conllu").write_text(write_conllu(csui_dev), encoding="utf-8")
    (HERE / "splits").mkdir(exist_ok=True)
    (HERE / "splits" / "csui_dev_sent_ids.txt").write_text(
        "# UD Indonesian CSUI train sentences held out as the CSUI dev split "
        f"(seed {seed}, 10%); written by training/ud_data.py\n"
        + "\n".join(s.sent_id for s in csui_dev) + "\n", encoding="utf-8")
    pud_dir = train_dir / "ud_indonesian_pud"
    train_docs = treebank_docs(csui_train, "csui", nlp, has_lemmas=True)
    train_docs += treebank_docs(read_conllu(pud_dir / "pud-fold0-train.conllu"), "pud", nlp,
                                has_lemmas=False)
    if with_gsd2017:
        gsd = read_conllu(train_dir / "ud_indonesian_gsd_2017" / "id-ud-train.conllu")
        train_docs += treebank_docs(gsd, "gsd2017", nlp, has_lemmas=False)
    dev_docs = treebank_docs(csui_dev, "csui", nlp, has_lemmas=True)
    dev_docs += treebank_docs(read_conllu(pud_dir / "pud-fold0-dev.conllu"), "pud", nlp,
                              has_lemmas=False)
    paths = {"train": out / "ud-train.spacy", "dev": out / "ud-dev.spacy",
             "csui_dev": out / "csui-dev.conllu"}
    DocBin(docs=train_docs, store_user_data=False).to_disk(paths["train"])
    DocBin(docs=dev_docs, store_user_data=False).to_disk(paths["dev"])
    return paths
