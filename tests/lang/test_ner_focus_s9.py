"""NER only where a name may be (``lang.ner = "names"``, ``warta.lang.nerfocus``): a sentence
whose words after the first have no capital letter and no digit-letter mix, and whose first
word is a common word, is not given to the NER; names at the start of a sentence and
acronyms inside one still are; ``lang.ner = "all"`` runs the NER everywhere as before."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from warta.config import LangConfig, PipelineConfig
from warta.doc import Document, Metadata, RawDocument, Span
from warta.errors import ConfigError
from warta.lang.annotate import annotate_many
from warta.lang.component import LangComponent
from warta.lang.nerfocus import FUNCTION_WORDS, is_common_word, may_hold_name
from warta.pipeline import Pipeline
from warta.resources import Resources, load_resources

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _words(sentence: str) -> list[str]:
    return sentence.replace(".", " .").replace(",", " ,").split()


@pytest.mark.parametrize("sentence", [
    "Namun harga cabai rawit di pasar tradisional kembali naik pekan ini.",
    "Menurutnya, antrean kendaraan sudah terurai sejak sore.",
    "Kenaikan tarif angkutan itu dikeluhkan para pedagang sayur.",
    "Masing-masing peserta membawa bekal makanan sendiri.",
    "Hasilnya cukup memuaskan bagi warga sekitar.",
    "ia juga meminta semua pihak menahan diri.",
    "120 orang mengikuti lomba lari pagi itu.",
    # an opening quote mark before the first word
    "“ Kami tidak akan mundur sedikit pun , ” katanya .",
])
def test_sentences_without_a_possible_name(sentence: str, res: Resources) -> None:
    assert not may_hold_name(_words(sentence), res)


@pytest.mark.parametrize("sentence", [
    # a surname or place opening the sentence, the other words lower case
    "Hasibuan menolak tawaran itu dengan tegas.",
    "Bekasi diguyur hujan deras sejak pagi.",
    # a capital, an acronym or a digit-letter code inside the sentence
    "Namun penyidik KPK belum memeriksa saksi itu.",
    "Namun para pemimpin G20 belum sepakat soal pajak.",
    "Namun varian xbb15 menyebar lebih cepat.",
    "Dia bertemu Gubernur di kantornya.",
    "“ Nasution sudah kami panggil dua kali , ” ujarnya .",
    "( Antara )",
])
def test_sentences_that_may_hold_a_name(sentence: str, res: Resources) -> None:
    assert may_hold_name(_words(sentence), res)


def test_common_words_come_from_the_data(res: Resources) -> None:
    words = res.get(FUNCTION_WORDS)
    assert words and all(w == w.lower() and " " not in w for w in words)
    assert is_common_word("Namun", res) and is_common_word("Pihaknya", res)
    # names are not common words, also when they look derived or sit in the root lexicon
    for name in ("Bekasi", "Prabowo", "Indonesia", "Bambang", "Pertamina", "Antara", "ITU"):
        assert not is_common_word(name, res), name


BODY = ("Namun harga cabai rawit di pasar tradisional kembali naik pekan ini. "
        "Nasution mengaku tidak mengetahui rencana pembangunan tersebut. "
        "Namun penyidik KPK belum memeriksa saksi itu.")


def test_annotate_many_skips_the_ner_where_no_name_can_be(
        shipped_nlp: Language, res: Resources) -> None:
    seen: list[list[str]] = []

    def names(words: list[str]) -> bool:
        seen.append(list(words))
        return may_hold_name(words, res)

    docs = annotate_many(shipped_nlp, [(BODY, ())], res, wanted=lambda words: False,
                         names=names)[0].docs
    assert len(docs) == 3 and len(seen) == 3
    # the first sentence never reached the NER: no entity annotation at all
    assert not docs[0].has_annotation("ENT_IOB") and not docs[0].ents
    assert docs[1].has_annotation("ENT_IOB") and docs[2].has_annotation("ENT_IOB")
    assert [(e.text, e.label_) for e in docs[1].ents] == [("Nasution", "PER")]
    assert ("KPK", "ORG") in [(e.text, e.label_) for e in docs[2].ents]
    # nothing was tagged or parsed either (no reader wanted it)
    assert not any(d.has_annotation("DEP") for d in docs)


def _doc(body: str) -> Document:
    raw = RawDocument(id="n1", source="test", locator="n1", format="text", content=body)
    return Document(id="n1", raw=raw, body=body, paragraphs=(Span(0, len(body)),),
                    metadata=Metadata(published="2025-06-20T09:00:00+07:00"),
                    provides=frozenset({"raw", "body"}))


def test_the_component_keeps_the_names_and_all_restores_every_sentence(
        shipped_nlp: Language, res: Resources) -> None:
    names = LangComponent(shipped_nlp)(_doc(BODY), res)
    everything = LangComponent(shipped_nlp, ner="all")(_doc(BODY), res)
    first_end = BODY.index("Nasution")
    assert not [m for m in names.ner if m.start < first_end]
    kept = {(m.text, m.label) for m in names.ner}
    assert {("Nasution", "PER"), ("KPK", "ORG")} <= kept
    # "all": the NER read every sentence, and on the sentences both read it agrees
    assert {(m.text, m.label, m.start) for m in names.ner} == {
        (m.text, m.label, m.start) for m in everything.ner if m.start >= first_end}
    docs = annotate_many(shipped_nlp, [(BODY, ())], res, wanted=lambda words: False)[0].docs
    assert all(d.has_annotation("ENT_IOB") for d in docs)


def test_the_config_key(shipped_nlp: Language) -> None:
    assert LangConfig().ner == "names"
    with pytest.raises(ConfigError):
        LangConfig(ner="some")
    cfg = PipelineConfig.from_dict({"lang": {"ner": "all"}})
    lang = Pipeline.build(cfg).components[1]
    assert isinstance(lang, LangComponent) and lang.ner == "all"
    assert lang.focused([]).ner == "all"
    default = Pipeline.build(PipelineConfig()).components[1]
    assert isinstance(default, LangComponent) and default.ner == "names"
