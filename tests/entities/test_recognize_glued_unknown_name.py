"""Scrapers glue a name to the next word (``Farhadidalam``). A name the dictionary does not
know is split off when the body also writes it alone; a name written alone elsewhere is
never cut (``Suryadi`` is not ``Surya`` + ``di``)."""

from __future__ import annotations

from warta.entities.recognize import words_of
from warta.entities.tables import entity_tables
from warta.resources import Resources


def _texts(body: str, res: Resources) -> list[str]:
    return [w.text for w in words_of(body, entity_tables(res))]


def test_unknown_name_glued_to_a_word_is_split(res: Resources) -> None:
    body = ("Juru bicara Reza Farhadi membantah tuduhan itu. Pernyataan Reza Farhadidalam "
            "konferensi pers kemarin juga menyinggung sanksi.")
    texts = _texts(body, res)
    assert texts.count("Farhadi") == 2
    assert "dalam" in texts


def test_unknown_name_glued_to_a_verb_is_split(res: Resources) -> None:
    body = ("Pemain muda Bima Ardiansyah mencetak dua gol. Setelah laga, Ardiansyahmengirimkan "
            "pesan untuk para pendukung.")
    texts = _texts(body, res)
    assert texts.count("Ardiansyah") == 2
    assert "mengirimkan" in texts


def test_name_written_alone_is_not_cut(res: Resources) -> None:
    body = ("Kolonel Inf Andi Suryadi memimpin upacara. Riwayat jabatan Andi SuryadiAndi "
            "Suryadi lahir di Bandung.")
    texts = _texts(body, res)
    assert "Surya" not in texts
    assert texts.count("Suryadi") == 3


def test_unknown_name_seen_once_is_not_cut(res: Resources) -> None:
    body = "Warga Kampung Sukadana menggelar doa bersama di masjid."
    assert "Sukadana" in _texts(body, res)
