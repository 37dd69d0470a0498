"""Body scorer: bag-of-tokens P/R/F1 and boilerplate_removed."""

from __future__ import annotations

import pytest

from warta.doc import RawDocument
from warta.eval.body import aggregate, boilerplate_removed, raw_input_text, score_article
from warta.eval.text import tokens

GOLD = "Warga desa menanam seribu pohon. Warga senang."
RAW = "BERANDA Warga desa menanam seribu pohon. ADVERTISEMENT Warga senang. Baca juga: Pohon"


def test_tokens_are_lowercased_word_runs() -> None:
    assert tokens("Rp 5.000, kata-nya!") == ["rp", "5", "000", "kata", "nya"]


def test_perfect_output_scores_one() -> None:
    s = score_article(GOLD, GOLD, RAW)
    assert (s["precision"], s["recall"], s["f1"], s["boilerplate_removed"]) == (1, 1, 1, 1)


def test_empty_output_scores_zero() -> None:
    s = score_article(GOLD, "", RAW)
    assert (s["precision"], s["recall"], s["f1"]) == (0, 0, 0)
    assert s["boilerplate_removed"] == 1.0  # nothing left, boilerplate included


def test_untouched_raw_input_removes_no_boilerplate() -> None:
    s = score_article(GOLD, RAW, RAW)
    assert s["boilerplate_removed"] == 0.0
    assert s["recall"] == 1.0
    assert s["precision"] == pytest.approx(7 / 12)  # 7 body tokens of 12


def test_partial_output_counts_multiset_tokens() -> None:
    # gold: warga×2 desa menanam seribu pohon senang (7); pred keeps the first sentence + ad
    s = score_article(GOLD, "Warga desa menanam seribu pohon. ADVERTISEMENT", RAW)
    assert s["precision"] == pytest.approx(5 / 6)
    assert s["recall"] == pytest.approx(5 / 7)
    # non-body tokens: beranda, advertisement, baca, juga, pohon → 1 of 5 left
    assert s["boilerplate_removed"] == pytest.approx(4 / 5)


def test_no_boilerplate_in_input_means_no_score() -> None:
    assert boilerplate_removed(GOLD, GOLD, GOLD) is None
    agg = aggregate([score_article(GOLD, GOLD, GOLD), score_article(GOLD, RAW, RAW)])
    assert agg["boilerplate_removed"] == 0.0 and agg["boilerplate_n"] == 1 and agg["n"] == 2


def test_html_raw_text_is_visible_text_without_scripts() -> None:
    html = ("<html><head><script>var x = 'rahasia';</script><style>p{}</style></head>"
            "<body><p>Isi berita</p><noscript>aktifkan</noscript></body></html>")
    raw = RawDocument(id="h", source="s", locator="l", format="html", content=html)
    assert tokens(raw_input_text(raw)) == ["isi", "berita"]
