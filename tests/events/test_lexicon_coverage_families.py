"""Lexicon families added in session 3 from the missed dev events and the corpus counts, on
our own sentences: each fires with its code and frame, and the ambiguity each one guards
against (a context word it needs, or one that rules it out) does not fire."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warta.doc import Event

Run = Callable[..., list[Event]]


def found(events: list[Event]) -> set[tuple[str | None, str, str, str | None]]:
    return {(e.source.code, e.plover, e.cameo, e.target.code if e.target else None)
            for e in events}


@pytest.mark.parametrize(("body", "expected"), [
    # visits and summits
    ("Prabowo menemui Putin di Moskow pada Kamis.", ("IDN", "CONSULT", "042", "RUS")),
    ("Presiden Prabowo Subianto menghadiri KTT NATO di Den Haag.",
     ("IDN", "CONSULT", "040", "NATO")),
    ("Mahasiswa beraudiensi dengan DPR soal undang-undang penyiaran.",
     ("IDN", "CONSULT", "040", "IDN")),
    ("Prabowo bersilaturahmi ke Kremlin sebelum pulang.", ("IDN", "CONSULT", "042", "RUS")),
    # prosecution and detention
    ("Jaksa mendakwa Budi Santoso menerima suap dari kontraktor.",
     ("IDN", "ACCUSE", "1121", "IDN")),
    ("KPK menjebloskan Budi Santoso ke rutan pada Jumat malam.",
     ("IDN", "COERCE", "173", "IDN")),
    ("KPK menggelar operasi tangkap tangan terhadap Budi Santoso di Bekasi.",
     ("IDN", "COERCE", "173", "IDN")),
    # force
    ("Ukraina mengusir pasukan Rusia dari Kharkiv.", ("UKR", "ASSAULT", "190", "RUS")),
    ("Ukraina memukul mundur pasukan Rusia di dekat Kupiansk.",
     ("UKR", "ASSAULT", "190", "RUS")),
    ("Israel berperang dengan Hamas di Gaza.", ("ISR", "ASSAULT", "190", "HAMAS")),
    ("Israel memerangi Hamas di Gaza.", ("ISR", "ASSAULT", "190", "HAMAS")),
    ("Polda Aceh menembakkan gas air mata ke arah mahasiswa.",
     ("IDN", "ASSAULT", "175", "IDN")),
    # deployments and alerts
    ("Amerika Serikat mengerahkan jet tempur ke kawasan Teluk.",
     ("USA", "MOBILIZE", "154", None)),
    ("Tiongkok menyiagakan pasukan di dekat perbatasan.", ("CHN", "MOBILIZE", "152", None)),
    # help: asked for, and given as protection
    ("KPK meminta bantuan kepada Polda Aceh untuk memburu Budi Santoso.",
     ("IDN", "REQUEST", "023", "IDN")),
    ("Jepang membantu Filipina menghadapi serangan drone.", ("JPN", "AID", "074", "PHL")),
])
def test_family_fires_with_code_and_frame(run: Run, body: str,
                                          expected: tuple[str, str, str, str | None]) -> None:
    assert expected in found(run(body))


@pytest.mark.parametrize(("body", "absent"), [
    # menemukan (find) shares the root of menemui
    ("Polda Aceh menemukan Budi Santoso di rumah kerabatnya.", "CONSULT"),
    # attending a wedding is no summit
    ("Prabowo menghadiri pernikahan putri Budi Santoso.", "CONSULT"),
    # a defendant (terdakwa) is a noun, not an indictment
    ("Terdakwa Budi Santoso hadir di hadapan hakim Polda Aceh.", "ACCUSE"),
    # leaving a car in someone's care is no detention
    ("Budi Santoso menitipkan mobilnya kepada Prabowo.", "COERCE"),
    # fighting drugs has no actor to fight
    ("Polda Aceh memerangi peredaran narkoba.", "ASSAULT"),
    # aircraft sent to strike are the strike, not a deployment
    ("Israel mengerahkan jet tempur untuk menyerang Qatar.", "MOBILIZE"),
    # ambulances on standby are no military alert
    ("Polda Aceh menyiagakan ambulans di jalur mudik.", "MOBILIZE"),
    # asking for help is no aid given by the one who asks
    ("KPK meminta bantuan kepada Polda Aceh untuk memburu Budi Santoso.", "AID"),
    # calling out a name is no summons
    ("Mahasiswa memanggil nama Prabowo berulang kali.", "REQUEST"),
    # a joint declaration is a statement, not a signed agreement between the signatories
    ("Qatar dan Iran menandatangani deklarasi bersama yang mengecam serangan itu.", "SUPPORT"),
    # a safety advisory to the public is no political appeal
    ("Polda Aceh mengimbau mahasiswa untuk waspada terhadap banjir.", "REQUEST"),
    # an appeal to the public at large is a public message, not an appeal to an actor
    ("Polda Aceh mengajak seluruh masyarakat untuk tetap tenang.", "REQUEST"),
    # a travel advisory is no warning to the country visited
    ("Jepang mengeluarkan peringatan perjalanan bagi warganya yang hendak ke Filipina.",
     "THREATEN"),
    # menyinggung is to mention a topic
    ("Prabowo menyinggung Jepang dalam pidatonya di depan DPR.", "ACCUSE"),
])
def test_guarded_ambiguity_does_not_fire(run: Run, body: str, absent: str) -> None:
    assert absent not in {e.plover for e in run(body)}


def test_expelling_diplomats_stays_an_expulsion(run: Run) -> None:
    events = found(run("Rusia mengusir diplomat Jepang dari Moskow."))
    assert ("RUS", "SANCTION", "166", "JPN") in events
    assert not any(p == "ASSAULT" for _, p, _, _ in events)


def test_appeal_to_a_state_stays_a_request(run: Run) -> None:
    assert ("IDN", "REQUEST", "020", "JPN") in found(
        run("Prabowo mengajak Jepang menyelesaikan sengketa itu lewat dialog."))


def test_mentioning_a_wrong_is_an_accusation(run: Run) -> None:
    assert ("IRN", "ACCUSE", "112", "ISR") in found(
        run("Iran menyinggung kampanye propaganda Israel dalam pidatonya."))


def test_warning_to_an_actor_stays_a_threat(run: Run) -> None:
    assert ("CHN", "THREATEN", "130", "PHL") in found(
        run("Tiongkok memperingatkan Filipina pada hari Senin soal karang itu."))


def test_target_behind_a_leader_title_is_read(run: Run) -> None:
    assert ("RUS", "ACCUSE", "111", "IRN") in found(
        run("Rusia mengecam Pemimpin Tertinggi Iran atas pernyataan itu."))


def test_tear_gas_is_not_coded_as_small_arms(run: Run) -> None:
    cameos = {e.cameo for e in run("Polda Aceh menembakkan gas air mata ke arah mahasiswa.")}
    assert "193" not in cameos


def test_signed_contract_stays_an_agreement(run: Run) -> None:
    assert ("QAT", "SUPPORT", "057", "IRN") in found(
        run("Qatar dan Iran menandatangani kontrak pembelian gas."))


def test_attack_noun_subject_of_kill_verb_takes_its_object(
        parsed: Callable[..., list[Event]]) -> None:
    events = parsed("Serangan Israel menewaskan lima warga Gaza pada Selasa malam.")
    assert ("ISR", "ASSAULT", "PSE") in {
        (e.source.code, e.plover, e.target.code if e.target else None) for e in events}
