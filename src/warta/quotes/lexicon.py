"""The cue lexicon (``lang/id/quote_cues.tsv``, ``lang/id/quote_words.yaml``), compiled once
per ``Resources`` bundle."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from warta.resources import Resources

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@dataclass(frozen=True)
class Lexicon:
    after: frozenset[str]  # base forms printed after a quote: kata, ujar …
    verbs: frozenset[str]  # reporting verbs taking a clause directly
    weak: frozenset[str]  # reporting verbs that need bahwa/comma/colon
    passive: frozenset[str]
    according: frozenset[str]
    nouns: frozenset[str]
    pronouns: frozenset[str]
    speaker_stops: frozenset[str]
    connectors: frozenset[str]
    relay_cues: tuple[str, ...]
    definite: frozenset[str]
    generic_speakers: frozenset[str]
    person_titles: frozenset[str]
    wires: tuple[str, ...]  # news agency names (clean/wire_agencies.tsv)
    predicates: frozenset[str] = frozenset()
    glue_words: frozenset[str] = frozenset()  # words a scraper glues after a name
    not_names: frozenset[str] = frozenset()
    name_honorifics: frozenset[str] = frozenset()  # Profesor, dr, Ustaz … before a name
    list_openers: frozenset[str] = frozenset()  # Termasuk, Yakni … opening a verbless list
    subordinators: frozenset[str] = frozenset()  # Meski, Setelah … (subject comes later)
    record_words: frozenset[str] = frozenset()  # laporan, data … ('menurut laporan …')
    common_words: frozenset[str] = frozenset()  # lang/id/roots.tsv words seen as lemmas
    places: frozenset[str] = frozenset()  # one-word country names ('Venezuela Nicolas Maduro')
    not_person: re.Pattern[str] | None = None  # derived nouns that are never a person
    office_words: frozenset[str] = frozenset()  # portfolio words between title and name
    # first words of organisations, places and laws (entities/words.yaml org_heads,
    # loc_heads, law_words, plus quote_words.yaml non_person_heads): 'Polresta Manado',
    # 'Instruksi Presiden', 'Bank Mandiri' are never the person a pronoun points to
    non_person_heads: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()  # dan, serta, dengan … before a second verb
    region_marks: frozenset[str] = frozenset()  # Kota, Kabupaten, Gubernur, Kapolda …
    region_heads: frozenset[str] = frozenset()  # Jawa, Nusa, Kepulauan … (two-word regions)
    compass: frozenset[str] = frozenset()  # Barat, Timur, … (Jakarta Selatan)
    region_places: frozenset[str] = frozenset()  # region marks always followed by a place

    def looks_common(self, name: str) -> bool:
        """Whether a capitalised subject is a derived common noun (``Kewenangan``,
        ``Tantangannya``) rather than a name."""
        words = name.split()
        if not words:
            return False
        if words[0].casefold() in self.non_person_heads and len(words) <= 3:
            # 'Polresta Manado', 'Instruksi Presiden'; a longer phrase may end in the
            # name of its head ('Badan … Kabupaten Malang Bagyo Setiono mengatakan')
            return True
        if len(words) > 2:
            return False  # 'Penanganan Fakir Miskin … Asep Sasa Purnama' ends in a name
        return bool(self.not_person and self.not_person.fullmatch(words[0].casefold())) \
            or self.derived_noun(words[0])

    def derived_noun(self, word: str) -> bool:
        """A root with the noun suffix ``-an`` (``Tekanan``, ``Aturan``, ``Ancaman``): a
        capitalised sentence opener, not a name. The root must be attested as a lemma, so
        names ending in -an (``Setiawan``, ``Ridwan``) are not caught."""
        w = word.casefold()
        return len(w) >= 6 and w.endswith("an") and w[:-2] in self.common_words

    def after_cue(self, word: str) -> tuple[str, bool] | None:
        """``(base, pronominal)`` when ``word`` is a cue printed after a quote
        (``kata`` → (kata, False); ``katanya`` → (kata, True); verbs count too)."""
        w = word.casefold()
        if w in self.after or w in self.verbs or w in self.weak:
            return w, False
        if w.endswith("nya") and (w[:-3] in self.after or w[:-3] in self.verbs):
            return w[:-3], True
        return None

    def is_reporting_verb(self, word: str) -> bool:
        w = word.casefold()
        return w in self.verbs or w in self.weak

    def is_wire(self, name: str) -> bool:
        return name in self.wires or name.startswith(self._wire_prefixes)

    @functools.cached_property
    def _wire_prefixes(self) -> tuple[str, ...]:
        """``"<agency> "`` for every agency: one ``startswith`` call tests them all."""
        return tuple(w + " " for w in self.wires)


def _build(resources: Resources) -> Lexicon:
    rows = resources.get("lang/id/quote_cues.tsv")
    by_role: dict[str, set[str]] = {}
    for row in rows:
        by_role.setdefault(row["role"], set()).add(row["cue"].strip().casefold())
    words = resources.get("lang/id/quote_words.yaml")

    def fs(key: str, fold: bool = True) -> frozenset[str]:
        return frozenset(str(w).casefold() if fold else str(w) for w in words.get(key, []))

    wires: list[str] = []
    for row in resources.get("clean/wire_agencies.tsv"):
        wires.append(row["name"])
        wires.extend(a for a in (row.get("aliases") or "").split("|") if a)
    return Lexicon(
        after=frozenset(by_role.get("after", ())),
        verbs=frozenset(by_role.get("verb", ())),
        weak=frozenset(by_role.get("weak", ())),
        passive=frozenset(by_role.get("passive", ())),
        according=frozenset(by_role.get("according", ())),
        nouns=frozenset(by_role.get("noun", ())),
        pronouns=fs("pronouns"),
        speaker_stops=fs("speaker_stops"),
        connectors=fs("connectors"),
        relay_cues=tuple(sorted((str(c) for c in words.get("relay_cues", [])),
                                key=len, reverse=True)),
        definite=fs("definite"),
        generic_speakers=fs("generic_speakers"),
        person_titles=fs("person_titles", fold=False),
        wires=tuple(sorted(set(wires), key=len, reverse=True)),
        predicates=fs("predicates"),
        places=frozenset(_one_word_countries(resources)),
        office_words=fs("office_words", fold=False),
        coordinators=fs("coordinators"),
        region_marks=fs("region_marks", fold=False),
        region_heads=fs("region_heads", fold=False),
        compass=fs("compass", fold=False),
        region_places=fs("region_places", fold=False),
        non_person_heads=frozenset(
            str(w).casefold() for key in ("org_heads", "loc_heads", "law_words")
            for w in (resources.get("entities/words.yaml") or {}).get(key, [])
            if " " not in str(w)) | fs("non_person_heads"),
        not_person=re.compile("|".join(f"(?:{p})" for p in words.get("not_person", [])))
        if words.get("not_person") else None,
        glue_words=frozenset(by_role.get("verb", set()) | by_role.get("weak", set())
                             | by_role.get("after", set()) | fs("predicates")
                             | {"telah", "juga", "mengatakan", "memiliki", "berjanji"}),
        not_names=fs("not_names", fold=False),
        name_honorifics=fs("name_honorifics", fold=False),
        list_openers=fs("list_openers", fold=False),
        subordinators=fs("subordinators", fold=False),
        record_words=fs("record_words"),
        common_words=frozenset(r["word"] for r in resources.get("lang/id/roots.tsv")
                               if str(r.get("lemma") or "0") not in ("", "0")),
    )


def _one_word_countries(resources: Resources) -> set[str]:
    out: set[str] = set()
    for row in resources.get("actors/countries.tsv"):
        for key in ("name", "name_id", "aliases"):
            for v in str(row.get(key) or "").split("|"):
                v = v.strip()
                if v and " " not in v and v[:1].isupper():
                    out.add(v)
    return out


def lexicon(resources: Resources) -> Lexicon:
    return resources.derived("quotes.lexicon", _build)
