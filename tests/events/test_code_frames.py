"""The coder on our own sentences: frames, passives, -nya agents, coordination, nominal
events, status, dates and the skip rules (documents built by hand, no parse)."""

from __future__ import annotations

from collections.abc import Callable

from warta.doc import Event

Run = Callable[..., list[Event]]


def keys(events: list[Event]) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code, e.plover, e.target.code if e.target else None) for e in events}


def test_active_object_and_coordination(run: Run) -> None:
    ev = run("Dalam percakapan telepon dengan Putin, Maduro mengecam Amerika Serikat (AS) "
             "dan NATO.")
    assert keys(ev) >= {("VEN", "ACCUSE", "USA"), ("VEN", "ACCUSE", "NATO"),
                        ("VEN", "CONSULT", "RUS")}
    consult = next(e for e in ev if e.plover == "CONSULT")
    assert consult.cameo == "041" and consult.rule == "telepon"
    accuse = next(e for e in ev if e.plover == "ACCUSE")
    assert accuse.cameo == "111" and accuse.status == "occurred"


def test_noun_with_oblique_target(run: Run) -> None:
    ev = run("Presiden Venezuela Nicolas Maduro menyatakan dukungan kuat untuk Putin.")
    assert ("VEN", "SUPPORT", "RUS") in keys(ev)
    assert next(e for e in ev if e.plover == "SUPPORT").cameo == "051"


def test_nominal_event_genitive_source(run: Run) -> None:
    ev = run("Harga gandum naik setelah invasi Rusia ke Ukraina.")
    assert keys(ev) == {("RUS", "ASSAULT", "UKR")}
    assert ev[0].source.sector == "MIL"  # a country named alone acting militarily


def test_passive_with_oleh(run: Run) -> None:
    ev = run("Seorang pejabat Budi Santoso ditangkap oleh Polda Aceh di Banda Aceh.")
    assert ("IDN", "COERCE", "IDN") in keys(ev)
    e = ev[0]
    assert (e.source.sector, e.target and e.target.sector) == ("COP", "GOV")
    assert e.cameo == "173"


def test_nya_agent(run: Run) -> None:
    ev = run("Kiev menuntut pengakuan atas Krimea yang dicaploknya pada 2014 oleh "
             "negara tetangga.")
    assert not [e for e in ev if e.plover == "COERCE"]  # no actor before Krimea: no agent
    ev = run("Ukraina tetap menuntut Rusia mengembalikan Krimea yang dicaploknya pada 2014.",
             )
    coerce = [e for e in ev if e.plover == "COERCE"]
    assert coerce and coerce[0].source.code == "RUS" and coerce[0].cameo == "192"
    assert coerce[0].date == "2014"


def test_negated_and_future(run: Run) -> None:
    ev = run("Israel tidak menyerang Qatar.")
    assert ev and ev[0].status == "negated"
    ev = run("Israel akan menyerang Iran.")
    assert ev and ev[0].status == "future"
    ev = run("Iran membantah telah menyerang Qatar.")
    assert ev and ev[0].status == "negated"


def test_tidak_mengakui_is_reject_that_occurred(run: Run) -> None:
    ev = run("AS tidak mengakui Maduro sebagai presiden sejak 2018.")
    assert keys(ev) == {("USA", "REJECT", "VEN")}
    assert ev[0].status == "occurred" and ev[0].cameo == "120"


def test_offer_is_agree_that_occurred(run: Run) -> None:
    ev = run("Jepang siap membantu Indonesia membangun tanggul laut.")
    assert keys(ev) == {("JPN", "AGREE", "IDN")}
    assert ev[0].status == "occurred" and ev[0].cameo == "033"


def test_skip_hypothetical_and_pundit(run: Run) -> None:
    assert run("Jika Israel menyerang Iran, harga minyak akan melonjak.") == []
    assert run("Pengamat menilai Rusia mengecam NATO karena takut.") == []


def test_dates_from_the_sentence(run: Run) -> None:
    ev = run("Israel menyerang Gaza pada Kamis (24/2).", published="2022-03-02")
    assert ev and ev[0].date == "2022-02-24"
    ev = run("Israel menyerang Gaza kemarin.", published="2022-03-02")
    assert ev and ev[0].date == "2022-03-01"
    ev = run("Israel menyerang Gaza, seperti dilansir AFP, Rabu (2/3/2022).")
    assert ev and ev[0].date is None


def test_symmetric_meeting_and_signing(run: Run) -> None:
    ev = run("Tiongkok dan Filipina menandatangani perjanjian perdagangan.")
    assert keys(ev) == {("CHN", "SUPPORT", "PHL"), ("PHL", "SUPPORT", "CHN")}


def test_protest_without_target_and_mobilize(run: Run) -> None:
    ev = run("Ribuan mahasiswa berunjuk rasa di depan gedung DPR.")
    assert ("IDN", "PROTEST", None) in keys(ev) or ("IDN", "PROTEST", "IDN") in keys(ev)
    ev = run("Rusia mengerahkan ribuan tentara ke perbatasan.")
    assert keys(ev) == {("RUS", "MOBILIZE", None)}


def test_aggregation_keeps_most_specific(run: Run) -> None:
    ev = run("KPK menetapkan Budi sebagai tersangka. KPK memeriksa Budi pekan lalu. "
             "KPK menahan Budi.")
    coerce = [e for e in ev if e.plover == "COERCE"]
    assert len(coerce) == 1
    assert next(e for e in ev if e.plover == "ACCUSE").cameo == "1121"


def test_evidence_and_rule(run: Run) -> None:
    body = "Hamas menembakkan roket ke Israel. Cuaca cerah."
    ev = run(body)
    assert ev and body[ev[0].evidence.start:ev[0].evidence.end] == "Hamas menembakkan roket ke Israel."
    assert ev[0].rule and 0 < ev[0].confidence <= 1
