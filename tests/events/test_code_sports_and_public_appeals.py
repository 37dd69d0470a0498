"""Precision classes found reading corpus events, on our own sentences: national teams in a
match report are not states acting; a request to the public at large (prayers, a safety
advisory) is no appeal to an actor; a currency's appreciation is no praise; fire engines
sent to a fire are no mobilisation. Each with a sentence that must still code."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_keys import cameo_keys as keys

from warta.doc import Event

Run = Callable[[str], list[Event]]


@pytest.mark.parametrize("body", [
    "Timor Leste mulai mengancam Indonesia saat laga memasuki menit ke-35 di Stadion Manahan.",
    "Brasil akan bertemu Kroasia di semifinal Piala Dunia yang digelar di Doha pekan depan.",
    "Indonesia sudah sembilan kali bertemu Vietnam dalam pertandingan resmi sejak 2010.",
    "Jerman menyerang Spanyol sejak menit pertama dan mencetak gol lewat sundulan.",
])
def test_teams_in_a_match_sentence_are_no_states(piped: Run, body: str) -> None:
    assert piped(body) == []


def test_a_match_report_silences_states_in_every_sentence(piped: Run) -> None:
    body = ("Timnas Indonesia menang 2-0 atas Filipina dalam laga kualifikasi Piala Asia.\n\n"
            "Pelatih memuji para pemain yang tampil disiplin selama 90 menit.\n\n"
            "Pekan depan Indonesia akan bertemu Vietnam di Hanoi.")
    assert piped(body) == []


def test_states_outside_sport_still_meet(piped: Run) -> None:
    events = piped("Indonesia akan bertemu Vietnam di Hanoi untuk membahas batas laut.")
    assert ("IDN", "040", "VNM") in keys(events)


def test_an_arrest_at_a_stadium_still_codes(piped: Run) -> None:
    # a state's organ acting in a sports setting is still an event (no bare state involved)
    events = piped("Kepolisian Swiss menangkap tujuh pejabat FIFA di sebuah hotel di Zurich.")
    assert any(e.plover == "COERCE" and e.source.code == "CHE" for e in events)


@pytest.mark.parametrize("body", [
    "Gubernur Jawa Tengah memohon doa restu kepada masyarakat agar pembangunan berjalan lancar.",
    "Bupati Bantul meminta warga yang tinggal di sekitar sungai tetap waspada terhadap banjir.",
    "Wali Kota Surabaya meminta masyarakat berhati-hati saat berkendara di musim hujan.",
])
def test_a_request_to_the_public_is_no_event(piped: Run, body: str) -> None:
    assert piped(body) == []


def test_a_request_to_a_state_still_codes(piped: Run) -> None:
    events = piped("Presiden Prabowo Subianto meminta Israel menghentikan serangan ke Gaza.")
    assert ("IDN", "020", "ISR") in keys(events)


def test_a_currency_appreciation_is_no_praise(piped: Run) -> None:
    assert piped("Yen Jepang mengalami apresiasi terhadap nilai Dolar AS pada perdagangan Senin.") == []


def test_an_appreciation_of_a_state_is_praise(piped: Run) -> None:
    events = piped("Pemerintah Indonesia mengapresiasi Malaysia atas bantuan evakuasi dari Sudan.")
    assert ("IDN", "051", "MYS") in keys(events)


def test_fire_engines_are_no_mobilisation(piped: Run) -> None:
    assert piped("Pemerintah Kota Bandung mengerahkan armada pemadam kebakaran ke Pasar Kosambi.") == []


def test_troops_are_still_a_mobilisation(piped: Run) -> None:
    events = piped("Pemerintah Thailand mengerahkan ribuan tentara ke perbatasan Kamboja.")
    assert any(e.plover == "MOBILIZE" and e.source.code == "THA" for e in events)


def test_a_bomber_deployed_is_no_bombing_exclusion(piped: Run) -> None:
    # `pengebom` (a bomber) shares the root `bom`, the attack verb the entry excludes
    events = piped("Amerika Serikat mengerahkan pesawat pengebom ke pangkalan di Guam.")
    assert any(e.plover == "MOBILIZE" and e.source.code == "USA" for e in events)


@pytest.mark.parametrize("body", [
    "Polisi meminta warga menjauh dari lokasi kebakaran gudang di Cakung pada Senin sore.",
    "Wali Kota meminta seluruh warga agar menghemat air bersih selama musim kemarau panjang.",
    "Kepolisian Daerah Bali mengimbau kepada masyarakat agar tetap tenang setelah gempa.",
])
def test_an_appeal_to_the_public_at_large_is_no_event(piped: Run, body: str) -> None:
    assert all(not e.cameo.startswith("02") for e in piped(body))


def test_an_appeal_to_a_named_group_still_codes(piped: Run) -> None:
    events = piped("Presiden Prabowo Subianto meminta warga Gaza tetap bertahan di tanah mereka.")
    assert ("IDN", "020", "PSE") in keys(events)
