"""The speed-ups of session 5 keep results: memoised word readings give the same answer the
second time, a generator gives what the list it replaced gave, a shortcut for the common
case gives what the general path gives. Sentences written for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from warta.doc import Document, Entity, Mention, RawDocument, Span, Token
from warta.entities.recognize import _WORD, _split_word, words_of
from warta.entities.tables import entity_tables
from warta.events.focus import wants_parse
from warta.lang.segment import segment
from warta.lang.tokenize import scan
from warta.quotes.attribute import cap_runs, iter_cap_runs
from warta.quotes.lexicon import lexicon as quote_lexicon
from warta.resources import Resources, load_resources

BODY = ("Gubernur Jawa Tengah Ahmad Luthfi meninjau banjir di Kudus, Senin (3/2). "
        "\"Kami siapkan dapur umum,\" katanya. Warga ASmenolak relokasi ke Semarang.\n"
        "Bupati itu bin Salim al Haddad menyerahkan bantuan kepada 120 keluarga.")


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("polisi menangkap dua pencuri motor di pasar", True),
    ("harga cabai naik menjelang lebaran", False),
])
def test_focus_answers_the_same_from_its_memo(res: Resources, sentence: str,
                                              wanted: bool) -> None:
    words = sentence.split()
    assert wants_parse(words, res) is wanted
    assert wants_parse(words, res) is wanted  # second call: every word from the memo


def test_focus_reciprocal_needs_the_word_before(res: Resources) -> None:
    """A bare root fires after ``saling`` only: the memo keeps that condition apart."""
    assert wants_parse(["mereka", "saling", "serang"], res)
    assert wants_parse(["mereka", "saling", "serang"], res)


def test_iter_cap_runs_is_cap_runs_one_at_a_time() -> None:
    text = "Kata Menteri Budi bin Arif kepada Kepala Desa Sumber Rejo di al Balad, Senin."
    assert list(iter_cap_runs(text, 7)) == cap_runs(text, 7)
    assert next(iter_cap_runs(text), None) == cap_runs(text)[0]
    assert next(iter_cap_runs("semua huruf kecil di sini"), None) is None


def test_is_wire_by_prefix(res: Resources) -> None:
    lex = quote_lexicon(res)
    if not lex.wires:
        pytest.skip("no wire agencies listed")
    agency = lex.wires[0]
    assert lex.is_wire(agency)
    assert lex.is_wire(agency + " Biro Jakarta")
    assert not lex.is_wire(agency + "x")
    assert not lex.is_wire("Budi " + agency)


def test_lower_case_words_skip_the_split_with_the_same_records(res: Resources) -> None:
    tables = entity_tables(res)
    words = words_of(BODY, tables)
    by_start = {w.start: w for w in words}
    for m in _WORD.finditer(BODY):
        # a whole lower-case word of the body, not the tail cut from a glued one
        # ("ASmenolak" gives "AS" + a glued "menolak")
        if m.group().islower():
            w = by_start[m.start()]
            assert (w.end, w.cap, w.glued) == (m.end(), False, False)
            assert _split_word(w.text, w.start, tables, frozenset()) == [(w.start, w.end)]
    assert [(w.text, w.glued) for w in words if w.text == "menolak"] == [("menolak", True)]
    assert [BODY[w.start:w.end] for w in words] == [w.text for w in words]


def test_scanned_pieces_are_the_same_twice(res: Resources) -> None:
    """The second scan reads unglued words from the memo."""
    first = scan(BODY, res)
    assert scan(BODY, res) == first
    assert all(BODY[p.start:p.end].strip() for p in first)


def test_segmenter_tokens_carry_clitic_parts_only_when_present(res: Resources) -> None:
    seg = segment("Rumahnya rusak dan warganya mengungsi ke balai desa.", res)
    parts = {t.text: t.parts for t in seg.tokens}
    assert parts["Rumahnya"] and parts["warganya"]
    assert parts["rusak"] == () and parts["balai"] == ()


def test_to_dict_of_nested_records() -> None:
    ent = Entity(id="e1", name="Ahmad Luthfi", type="PER",
                 mentions=(Mention(21, 33, "Ahmad Luthfi", source="ner", label="PER"),))
    tok = Token(0, 8, "Gubernur", sentence=0, parts=(Span(0, 8),))
    doc = dataclasses.replace(Document.from_raw(RawDocument(id="a", source="t", locator="1",
                                                            format="text", content=BODY)),
                              body=BODY, tokens=(tok,), entities=(ent,))
    out = doc.to_dict()
    assert out["tokens"][0] == {"start": 0, "end": 8, "text": "Gubernur", "lemma": None,
                                "upos": None, "feats": None, "head": None, "dep": None,
                                "sentence": 0, "parts": [{"start": 0, "end": 8}]}
    assert out["entities"][0]["mentions"][0]["text"] == "Ahmad Luthfi"
    assert Document.from_dict(out) == doc
