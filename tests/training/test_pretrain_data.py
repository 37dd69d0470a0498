"""``training/pretrain_data.py``: the raw-news sentences the NER encoder is pretrained on are
Warta's own cleaned bodies cut into Warta's sentences and tokens, each kept once, never a
sentence of a NER dev file."""

from __future__ import annotations

import json
from pathlib import Path

import spacy
from training_modules import training_module

ARTICLE = ("Wali Kota Sumber Jaya, Rina Kartika, meresmikan pasar baru di Kecamatan Lembah Hijau "
           "pada Senin pagi. Pasar itu dibangun dengan anggaran daerah selama delapan bulan.\n\n"
           "\"Pedagangnya sudah siap berjualan mulai besok,\" kata Rina kepada wartawan.\n\n"
           "Baca juga.")
OTHER = ("Tim penyelamat menemukan dua pendaki yang hilang di lereng Gunung Sunyi. Keduanya "
         "dalam keadaan selamat dan dibawa ke puskesmas terdekat untuk diperiksa.")



def test_corpus_sentences_are_warta_tokens_kept_once(tmp_path: Path) -> None:
    rows = [{"judul": "Pasar baru", "isi": ARTICLE, "url": "https://contoh.id/a"},
            {"judul": "Pasar baru", "isi": ARTICLE, "url": "https://contoh.id/a-salinan"},
            {"judul": "Pendaki", "isi": OTHER, "url": "https://contoh.id/b"},
            {"judul": "Kosong", "isi": "Singkat.", "url": "https://contoh.id/c"}]
    (tmp_path / "berita.jsonl").write_text("\n".join(json.dumps(r) for r in rows),
                                           encoding="utf-8")
    dev = ["Keduanya", "dalam", "keadaan", "selamat", "dan", "dibawa", "ke", "puskesmas",
           "terdekat", "untuk", "diperiksa", "."]
    stats = {"articles": 0, "rejected": 0, "duplicate_articles": 0}
    docs = training_module("pretrain_data").corpus_docs(tmp_path, spacy.blank("id"), {tuple(dev)}, stats)
    texts = [d.text for d in docs]
    # the copied article is read once; the too-short body is rejected by the cleaner
    assert stats == {"articles": 2, "rejected": 1, "duplicate_articles": 1,
                     "corpus_sentences": len(docs)}
    assert texts.count(texts[0]) == 1
    # Warta's segmenter keeps the quotation with its speech cue as one sentence
    assert any(t.startswith("\"Pedagangnya") and t.endswith("wartawan.") for t in texts)
    # a sentence of a dev file and a sentence under five tokens are not pretrained on
    assert not any(t.startswith("Keduanya") for t in texts)
    assert "Baca juga." not in texts
    # the tokens are the segmenter's: the final full stop is a token of its own
    first = next(d for d in docs if d.text.startswith("Wali Kota"))
    assert [t.text for t in first][-3:] == ["Senin", "pagi", "."]
