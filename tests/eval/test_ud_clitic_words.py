"""UD scoring of Warta's surface tokens with enclitics: ``SegmentedPipeline`` lists each
token's clitics (``warta.lang.words``) and the scorer writes the token as a multi-word token,
host word plus clitic words, as the UD Indonesian treebanks do (own sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from warta.eval.ud import score_conllu
from warta.lang.annotate import CLITIC_WORDS, SegmentedPipeline
from warta.resources import Resources, load_resources

GOLD = """\
# sent_id = 1
# text = Ia membaca bukunya.
1\tIa\tdia\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tmembaca\tbaca\tVERB\t_\t_\t0\troot\t_\t_
3-4\tbukunya\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
3\tbuku\tbuku\tNOUN\t_\t_\t2\tobj\t_\t_
4\tnya\tdia\tPRON\t_\t_\t3\tnmod:poss\t_\t_
5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_
"""


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


class Tagged:
    """A stand-in model: the analysis a trained pipeline gives the surface tokens (the
    model sees ``bukunya`` whole and tags it as its host)."""

    pipe_names = ("fixed",)

    def __init__(self) -> None:
        self.vocab = spacy.blank("id").vocab

    def pipe(self, docs: list[spacy.tokens.Doc]) -> list[spacy.tokens.Doc]:
        analyses = {"Ia": ("PRON", "dia", 1, "nsubj"), "membaca": ("VERB", "baca", 1, "ROOT"),
                    "bukunya": ("NOUN", "buku", 1, "obj"), ".": ("PUNCT", ".", 1, "punct")}
        for doc in docs:
            for t in doc:
                pos, lemma, head, dep = analyses[t.text]
                t.pos_, t.lemma_, t.dep_ = pos, lemma, dep
                t.head = doc[head] if t.text != "membaca" else t
        return docs


def test_pipeline_lists_the_enclitics_of_each_token(res: Resources) -> None:
    doc = next(SegmentedPipeline(Tagged(), res).pipe(["Ia membaca bukunya."]))  # type: ignore[arg-type]
    clitics = doc.user_data[CLITIC_WORDS]
    assert list(clitics) == [2]
    (nya,) = clitics[2]
    assert (nya.form, nya.upos, nya.lemma, nya.deprel) == ("nya", "PRON", "dia", "nmod:poss")


def test_host_and_clitic_words_align_with_the_gold_multiword_token(
        res: Resources, tmp_path: Path) -> None:
    gold = tmp_path / "gold.conllu"
    gold.write_text(GOLD, encoding="utf-8")
    scores = score_conllu(gold, SegmentedPipeline(Tagged(), res))  # type: ignore[arg-type]
    assert scores["gold_words"] == scores["system_words"] == 5
    for key in ("token_f1", "word_f1", "upos", "lemma", "uas", "las"):
        assert scores[key] == 1.0, key
