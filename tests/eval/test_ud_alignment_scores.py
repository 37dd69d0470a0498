"""CoNLL 2018 style UD scoring: known scores on tiny gold files written here, with a stand-in
system whose tokens, sentences and analyses are fixed by the test."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from warta.errors import EvalError
from warta.eval.ud import parse_conllu, score_conllu, score_sentences

# Two sentences of our own. Sentence 2 has a multi-word token (bukunya = buku + nya).
GOLD = """\
# sent_id = 1
# text = Polisi menangkap tiga orang.
1\tPolisi\tpolisi\tNOUN\t_\t_\t2\tnsubj\t_\t_
2\tmenangkap\ttangkap\tVERB\t_\t_\t0\troot\t_\t_
3\ttiga\ttiga\tNUM\t_\t_\t4\tnummod\t_\t_
4\torang\torang\tNOUN\t_\t_\t2\tobj\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# sent_id = 2
# text = Ia membaca bukunya.
1\tIa\tia\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tmembaca\tbaca\tVERB\t_\t_\t0\troot\t_\t_
3-4\tbukunya\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
3\tbuku\tbuku\tNOUN\t_\t_\t2\tobj\t_\t_
4\tnya\tia\tPRON\t_\t_\t3\tnmod:poss\t_\t_
5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_
"""

Row = tuple[str, bool, str, str, int, str, bool]  # text, space, pos, lemma, head, dep, sent_start


class FixedSystem:
    """Returns prepared docs in order, whatever the text (the text is checked by the scorer)."""

    def __init__(self, rows: list[Row]):
        words, spaces, pos, lemmas, heads, deps, starts = map(list, zip(*rows, strict=True))
        self.doc = Doc(Vocab(), words=words, spaces=spaces, pos=pos, lemmas=lemmas,
                       heads=heads, deps=deps, sent_starts=starts)

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        for _ in texts:
            yield self.doc


def perfect_rows() -> list[Row]:
    return [
        ("Polisi", True, "NOUN", "polisi", 1, "nsubj", True),
        ("menangkap", True, "VERB", "tangkap", 1, "ROOT", False),
        ("tiga", True, "NUM", "tiga", 3, "nummod", False),
        ("orang", False, "NOUN", "orang", 1, "obj", False),
        (".", True, "PUNCT", ".", 1, "punct", False),
        ("Ia", True, "PRON", "ia", 6, "nsubj", True),
        ("membaca", True, "VERB", "baca", 6, "ROOT", False),
        ("buku", False, "NOUN", "buku", 6, "obj", False),
        ("nya", False, "PRON", "ia", 7, "nmod:poss", False),
        (".", False, "PUNCT", ".", 6, "punct", False),
    ]


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.conllu"
    path.write_text(GOLD, encoding="utf-8")
    return path


def test_system_that_splits_the_clitic_like_gold_scores_perfectly(gold_file: Path) -> None:
    scores = score_conllu(gold_file, FixedSystem(perfect_rows()))
    # bukunya is one gold token but two system tokens: 8 of 9 gold, 8 of 10 system tokens match
    assert scores["token_f1"] == pytest.approx(round(16 / 19, 4))
    for key in ("sentence_f1", "word_f1", "upos", "lemma", "uas", "las"):
        assert scores[key] == 1.0, key


def test_unsplit_multiword_token_loses_both_words(gold_file: Path) -> None:
    rows = perfect_rows()
    rows[7:9] = [("bukunya", False, "NOUN", "buku", 6, "obj", False)]
    scores = score_conllu(gold_file, FixedSystem(rows))
    assert scores["token_f1"] == 1.0
    # gold has 10 words, system 9; 8 align (bukunya matches neither buku nor nya by form)
    assert scores["word_f1"] == pytest.approx(round(2 * (8 / 9) * (8 / 10) / (8 / 9 + 8 / 10), 4))


def test_wrong_head_costs_las_and_uas_wrong_label_costs_las_only(gold_file: Path) -> None:
    rows = perfect_rows()
    rows[2] = ("tiga", True, "NUM", "tiga", 1, "nummod", False)  # head wrong
    rows[0] = ("Polisi", True, "NOUN", "polisi", 1, "obj", True)  # label wrong
    scores = score_conllu(gold_file, FixedSystem(rows))
    assert scores["uas"] == pytest.approx(0.9)
    assert scores["las"] == pytest.approx(0.8)
    assert scores["upos"] == 1.0


def test_relation_subtypes_are_not_scored(gold_file: Path) -> None:
    rows = perfect_rows()
    rows[8] = ("nya", False, "PRON", "ia", 7, "nmod", False)  # gold nmod:poss
    assert score_conllu(gold_file, FixedSystem(rows))["las"] == 1.0


def test_missed_sentence_boundary_halves_sentence_f1(gold_file: Path) -> None:
    rows = perfect_rows()
    rows[5] = ("Ia", True, "PRON", "ia", 6, "nsubj", False)  # one system sentence
    rows[4] = (".", True, "PUNCT", ".", 6, "punct", False)
    scores = score_conllu(gold_file, FixedSystem(rows))
    assert scores["sentence_f1"] == pytest.approx(0.0)
    assert scores["token_f1"] == pytest.approx(round(16 / 19, 4))


def test_split_token_is_not_a_matching_token(tmp_path: Path) -> None:
    gold = tmp_path / "g.conllu"
    gold.write_text(
        "# text = Jalan tol-laut dibuka.\n"
        "1\tJalan\tjalan\tNOUN\t_\t_\t3\tnsubj:pass\t_\t_\n"
        "2\ttol-laut\ttol-laut\tNOUN\t_\t_\t1\tcompound\t_\t_\n"
        "3\tdibuka\tbuka\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
        "4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n", encoding="utf-8")
    rows: list[Row] = [
        ("Jalan", True, "NOUN", "jalan", 4, "nsubj:pass", True),
        ("tol", False, "NOUN", "tol", 0, "compound", False),
        ("-", False, "PUNCT", "-", 3, "punct", False),
        ("laut", True, "NOUN", "laut", 0, "compound", False),
        ("dibuka", False, "VERB", "buka", 4, "ROOT", False),
        (".", False, "PUNCT", ".", 4, "punct", False),
    ]
    scores = score_conllu(gold, FixedSystem(rows))
    # 3 of 4 gold tokens match; system has 6
    assert scores["token_f1"] == pytest.approx(round(2 * (3 / 6) * (3 / 4) / (3 / 6 + 3 / 4), 4))
    assert scores["sentence_f1"] == 1.0


def test_system_that_changes_the_text_is_an_error(gold_file: Path) -> None:
    rows = perfect_rows()
    rows[0] = ("Polis", True, "NOUN", "polisi", 1, "nsubj", True)
    with pytest.raises(EvalError):
        score_sentences(parse_conllu(GOLD), FixedSystem(rows))


def test_multiword_tokens_are_read_as_one_surface_token() -> None:
    sentences = parse_conllu(GOLD)
    assert [t.form for t in sentences[1].tokens] == ["Ia", "membaca", "bukunya", "."]
    assert sentences[1].surface() == "Ia membaca bukunya."
    assert len(sentences[1].words) == 5
