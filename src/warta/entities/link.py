"""Groups of mentions → ``Entity`` records with a name, a type and an actor code at the
article's date.

- The name is the fullest form written in the article (most words, then longest), except
  that an acronym alone is expanded from the dictionary (``AS`` → ``Amerika Serikat``).
- A dictionary actor keeps its code; a person's comes from the role valid on the article's
  date (``warta.actors``), else from the title written before one of the mentions
  (``Menteri Luar Negeri Iran Abbas Araghchi``), else from a rank only one force uses
  written right before the name (``Kompol Fulan`` → IDN/COP), else null.
- A capital (or a continent such as ``Eropa``: ``acting_regions``) is coded as its
  government only when a mention acts (``menuntut agar Kiev
  mengakui``, ``Tel Aviv kemungkinan mengerahkan``): not after a place word (``di Doha``)
  and followed by a verb or an auxiliary. Otherwise it is a place with no code.
"""

from __future__ import annotations

import dataclasses
import re

from warta.actors import ActorMatch, infer_from_title
from warta.actors.index import actor_index
from warta.actors.match import Role
from warta.actors.names import fold
from warta.actors.titles import title_heads
from warta.doc import Entity, Mention
from warta.entities.merge import Group, _is_acronym
from warta.entities.recognize import Candidate
from warta.entities.tables import EntityTables
from warta.resources import Resources

CONTEXT_CHARS = 240  # the sentence text before a mention read for its title
MAX_ROLE_WORDS = 6   # words before a known person read for the title of a past role
HOME_MIN_MENTIONS = 3  # a foreign state outweighing Indonesian actors is named this often


def entity_name(group: Group, tables: EntityTables | None = None) -> str:
    texts = [" ".join(t.split()) for t in group.texts()]
    if tables is not None:
        texts = [tables.short_names.get(fold(t), t) for t in texts]
    m = group.match
    if m is not None and any(fold(t) == fold(m.name) for t in texts):
        # the dictionary's name, as the article also writes it: Rusia
        return expand_countries(m.name, tables) if tables is not None and m.type != "PER" \
            else m.name
    if tables is not None and group.type == "PER":
        plain = [t for t in texts if not _titled(t, tables)]
        texts = plain or texts
    full = [t for t in texts if not _is_acronym(t)]
    if not full and m is not None and not _is_acronym(m.name) \
            and all(len(t.split()) == 1 for t in texts):
        return m.name  # a lone acronym is expanded: AS → Amerika Serikat
    pool = full or texts
    best = max(pool, key=lambda t: (len(t.split()), len(t), -texts.index(t)))
    if tables is not None and group.type != "PER":
        best = expand_countries(best, tables)
    return best


def expand_countries(name: str, tables: EntityTables) -> str:
    """A country acronym inside a longer name written out, as the guide names it:
    ``Kementerian Pertahanan AS`` → ``Kementerian Pertahanan Amerika Serikat``. An acronym
    that opens the name is left as written: Indonesian puts the country after the head, so
    ``US Trade Representative`` is a name in English word order, kept whole."""
    words = name.split()
    if len(words) < 2:
        return name
    index = tables.index
    out = []
    for k, w in enumerate(words):
        numbers = index.exact.get(w, []) if k and w.isupper() \
            and w not in tables.keep_in_names else []
        entries = [index.entries[n] for n in numbers]
        if len(entries) == 1 and entries[0].rule == "country":
            out.append(entries[0].name)
        elif fold(w) in tables.short_names:
            out.append(tables.short_names[fold(w)])  # DPRD Jatim → DPRD Jawa Timur
        else:
            out.append(w)
    return " ".join(out)


def _titled(text: str, tables: EntityTables) -> bool:
    """Whether a person's mention starts with a title or rank (``Presiden Jokowi``)."""
    keys = fold(text).split()
    tw = tables.title_words
    return len(keys) > 1 and (keys[0] in tw.ranks or keys[0] in tables.honorifics
                              or tables.titles.match_at(keys, 0) is not None)


def _context(body: str, start: int) -> str:
    before = body[max(0, start - CONTEXT_CHARS):start]
    cut = max(before.rfind("\n"), before.rfind(". "))
    return before[cut + 1:] if cut >= 0 else before


def acts(body: str, c: Candidate, tables: EntityTables) -> bool:
    """Whether a place name acts (a capital used for its government): the subject of a
    verb or an auxiliary (``Teheran dapat merespons``), the agent of a passive verb
    (``dibantah Teheran``), or after a word that only an actor follows (``menurut Moskow``,
    ``kepada Washington``, ``otoritas Canberra``)."""
    before = [fold(w) for w in body[max(0, c.start - 40):c.start].split()[-3:]]
    if before and tables.place_before.match_end(before, len(before)):
        return False
    if before and body[c.start - 1:c.start] == " " and (
            tables.act_before.match_end(before, len(before))
            or (before[-1].startswith("di") and before[-1].isalpha()
                and bool(tables.title_words.verb_prefix.match(before[-1]))
                and before[-1] not in tables.title_words.not_verbs)):
        return True
    rest = body[c.end:c.end + 60]
    if rest[:1] not in (" ", ""):
        return False
    after = rest.split()[:1]
    if not after:
        return False
    word = after[0].strip(",.;:\"”")
    low = fold(word)
    if not word.islower():
        return False
    tw = tables.title_words
    return low in tables.act_after or (bool(tw.verb_prefix.match(low))
                                       and low not in tw.not_verbs)


def link_group(group: Group, body: str, on: str | None, resources: Resources,
               tables: EntityTables) -> tuple[str | None, str | None, str | None]:
    """Code, sector and Wikidata id of a group."""
    return _link(group, body, on, resources, tables)[:3]


def _link(group: Group, body: str, on: str | None, resources: Resources, tables: EntityTables
          ) -> tuple[str | None, str | None, str | None, bool]:
    """``link_group``, and whether the code is a title head's fallback with no country
    named after the head (``Menteri Keamanan Dalam Negeri Fulan`` → IDN): weak evidence of
    the article's country, which ``home_country`` may overrule."""
    m = group.match
    if m is not None and m.type != "PER" and m.rule != "person-partial":
        place_like = m.rule == "capital" or (m.rule == "region"
                                             and fold(m.name) in tables.acting_regions)
        if place_like and not any(acts(body, c, tables) for c in group.mentions):
            return None, None, m.wikidata, False  # "di Doha", "ke Eropa": where, not who
        return m.code, m.sector, m.wikidata, False
    if group.type != "PER":
        return None, None, m.wikidata if m is not None else None, False
    if m is not None and m.code is not None:
        if m.rule == "person-partial":
            written = _title_over_part(group, body, m, on, resources)
            if written is not None:
                return written[0], written[1], None, False
        return m.code, m.sector, m.wikidata, False
    name = m.name if m is not None else entity_name(group)
    for c in group.mentions:
        context = _context(body, c.start)
        titled: ActorMatch | None = infer_from_title(context, name, on, resources)
        held = _role_written(m, context, resources) if m is not None else None
        if held is not None and (titled is None or titled.code != held.code) \
                and (titled is None or _names_no_actor(titled, resources)):
            return held.code, held.sector, m.wikidata if m is not None else None, False
        if titled is not None:
            return (titled.code, titled.sector, m.wikidata if m is not None else None,
                    titled.rule == "title-default")
    ranked = next((r for c in group.mentions if (r := rank_code(body, c.start, tables))), None)
    if ranked is not None and _ranked_name(name, tables):
        return ranked[0], ranked[1], m.wikidata if m is not None else None, False
    return None, None, m.wikidata if m is not None else None, False


_RANK_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
# initials after a rank (``Bripka RR``, ``Ipda P.``, a cut ``Rd.``) are often another form of
# a person named in full elsewhere: no code from the rank, which would keep them apart
MIN_RANKED_NAME = 3
RANK_WINDOW = 8  # words before a rank read for a negator (``mantan Kapolres X AKP Fulan``)


def _ranked_name(name: str, tables: EntityTables) -> bool:
    """Whether a name after a rank is one the rank may code: not initials (see
    ``MIN_RANKED_NAME``), nor only rank words (``Pol`` of ``Komjen Pol. Fulan`` read apart)."""
    tw = tables.title_words
    keys = fold(name.replace(".", " ")).split()
    return len(name.replace(".", "")) >= MIN_RANKED_NAME \
        and not all(k in tw.ranks or k in tw.rank_tails for k in keys)


def rank_code(body: str, start: int, tables: EntityTables) -> tuple[str, str] | None:
    """The code of the force whose rank is written right before a person's name
    (``Kompol Fulan``, ``Kombes Pol Fulan``: ``actors/title_words.yaml: rank_codes``).
    ``None`` for a retired rank (``Irjen (Purn)``) or after a negator in the same clause
    (``mantan``)."""
    if not tables.rank_codes:
        return None
    # not ``_context``, which would stop at the dot of ``Pol.``
    toks = [fold(t) if t[:1].isalnum() else t
            for t in _RANK_WORD.findall(body[max(0, start - CONTEXT_CHARS):start])]
    tw = tables.title_words
    k = len(toks)
    # read back past rank tails, brackets, dots and other ranks or degrees written between
    # the rank and the name (``Komjen Pol. Drs. H. Fulan``)
    while k > 0 and toks[k - 1] not in tables.rank_codes and (
            toks[k - 1] in tw.rank_tails or toks[k - 1] in tw.ranks
            or toks[k - 1] in ("(", ")", ".")):
        if toks[k - 1] in ("purn", "purnawirawan"):
            return None
        k -= 1
    if k == 0 or toks[k - 1] not in tables.rank_codes:
        return None
    for tok in reversed(toks[max(0, k - 1 - RANK_WINDOW):k - 1]):
        if tok in tw.boundaries or not tok[:1].isalnum():
            break
        if tok in tw.negators:
            return None
    return tables.rank_codes[toks[k - 1]]


def _title_over_part(group: Group, body: str, m: ActorMatch, on: str | None,
                     resources: Resources) -> tuple[str | None, str | None] | None:
    """A person matched by one bare name part (``Simanjuntak``, a surname many people
    share) whose title in the text says otherwise is someone else: ``mantan Wakil Ketua
    DPRD Jatim Sahat Tua Simanjuntak`` is no army chief. The first mention written after a
    title decides: that title's code, or none for a former office (``mantan``). ``None``:
    no title, or one that agrees with the dictionary."""
    heads = title_heads(resources)
    for c in group.mentions:
        context = _context(body, c.start)
        words = [fold(w) for w in context.replace(",", " ").split()][-MAX_ROLE_WORDS * 2:]
        if not any(heads.match_at(words, k) is not None for k in range(len(words))):
            continue
        titled = infer_from_title(context, m.name, on, resources)
        if titled is None:
            return None, None
        if (titled.code, titled.sector) != (m.code, m.sector):
            return titled.code, titled.sector
        return None
    return None


def _role_written(m: ActorMatch, context: str, resources: Resources) -> Role | None:
    """The dictionary role of a known person that the title written right before the name
    begins, when the person holds no role on the article's date: ``pemerintahan Presiden
    Joe Biden`` in 2025 is the US presidency he held (a bare ``Presiden`` would otherwise
    fall back to IDN), ``Perdana Menteri Boris Johnson`` in 2024 the British premiership.
    ``mantan``/``eks`` before the title name a former office: no role."""
    words = [fold(w) for w in context.replace(",", " ").split()][-MAX_ROLE_WORDS:]
    index = actor_index(resources)
    heads = title_heads(resources)
    roles = [r for n in index.folded.get(fold(m.name), []) for r in index.entries[n].roles
             if index.entries[n].is_person and r.code is not None
             and (m.wikidata is None or index.entries[n].wikidata in (None, m.wikidata))]
    for k in range(len(words), 0, -1):
        tail = words[-k:]
        if heads.match_at(tail, 0) is None:
            continue
        held = [r for r in roles if fold(r.title).split()[:k] == tail]
        if not held or len({(r.code, r.sector) for r in held}) != 1:
            continue
        if k < len(words) and words[-k - 1] in _negators(resources):
            return None
        return held[-1]
    return None


def _negators(resources: Resources) -> frozenset[str]:
    return frozenset(fold(w) for w in (resources.get("actors/title_words.yaml") or {})
                     .get("negators") or [])


def _names_no_actor(titled: ActorMatch, resources: Resources) -> bool:
    """Whether the title is a head alone (``Presiden``), its code the head's fallback."""
    keys = fold(titled.title or "").split()
    head = title_heads(resources).match_at(keys, 0) if keys else None
    return head is not None and len(head.words) == len(keys)


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")


def common_words_only(group: Group, tables: EntityTables, lower: frozenset[str]) -> bool:
    """Whether a group found by NER alone is a capitalised common word or phrase
    (``Energi``, ``Seksi Urusan Umum``, ``Media``) rather than a name.

    A person is a common phrase when every word is an Indonesian root word or is written in
    lower case elsewhere in the body; an organisation or place only when it is one word the
    body also writes in lower case (``Garuda`` the airline is a root word too)."""
    if group.match is not None or any(c.source not in ("ner", "title")
                                      for c in group.mentions):
        return False
    words = {w for c in group.mentions for w in fold(c.text).split()}
    if not words or any(_is_acronym(c.text) for c in group.mentions):
        return False
    if group.type == "PER":
        return all(w in tables.common or w in lower for w in words)
    return len(words) == 1 and words <= lower


def _words_before(body: str, start: int, n: int) -> list[str]:
    """The ``n`` folded words before ``start``, glued words split off (``dariABC``)."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", body[max(0, start - 80):start])
    return [fold(w.strip(",.;:\"“”'")) for w in text.split()[-n:]]


def weakly_attested(group: Group, body: str, tables: EntityTables) -> bool:
    """A name the NER or a title alone proposed once, in a place where the guide's entities
    are seldom found: the gold leaves out ships, products, languages, programmes and
    crowds that the tagger often calls a person or an organisation.

    - a one-word person the NER saw once, not after a speech word (``kata Manzini``);
    - an organisation the NER saw once, with no code, unless it is cited as a source
      (``dilansir``, ``dikutip dari``) or ends like a medium or a company (``News``);
    - a person introduced by a title but given no code, seen once."""
    if group.match is not None:
        return False
    sources = {c.source for c in group.mentions}
    once = len(group.mentions) == 1
    first = group.mentions[0]
    if group.type == "PER" and sources == {"ner"} and once and len(first.text.split()) == 1:
        before = _words_before(body, first.start, 3)
        return not tables.speech_before.match_end(before, len(before))
    if group.type == "ORG" and sources == {"ner"} and once:
        before = _words_before(body, first.start, 3)
        cited = any(w in tables.cite_before for w in before)
        keys = fold(first.text).split()
        tail = bool(tables.org_tails.match_end(keys, len(keys))) or "." in first.text
        return not (cited or tail)
    return group.type == "PER" and sources == {"title"} and once and not first.confirmed


def to_entities(groups: list[Group], body: str, on: str | None, resources: Resources,
                tables: EntityTables) -> tuple[Entity, ...]:
    out: list[Entity] = []
    defaults: set[str] = set()  # ids of entities coded by a title head's fallback
    lower = frozenset(w for w in _LOWER_WORD.findall(body) if len(w) > 1)
    for group in groups:
        etype = group.type
        if etype not in ("PER", "ORG", "LOC") or common_words_only(group, tables, lower):
            continue
        code, sector, wikidata, default = _link(group, body, on, resources, tables)
        if code is None and weakly_attested(group, body, tables):
            continue
        mentions = tuple(Mention(c.start, c.end, c.text, c.source, c.label or etype)
                         for c in group.mentions)
        ent = Entity(id=f"e{len(out) + 1}", name=entity_name(group, tables),
                     type=etype,  # type: ignore[arg-type]
                     mentions=mentions, code=code, sector=sector, wikidata=wikidata)
        if default:
            defaults.add(ent.id)
        out.append(ent)
    return home_country(foreign_acronyms(out, body, tables), tables, frozenset(defaults))


# a generic name, then capitalised words or "dan" up to an acronym in parentheses:
# "Imigrasi| dan Penegakan Bea Cukai (ICE)", "Bea Cukai| (ICE)"
_UP_TO_ACRONYM = re.compile(r"(?:\s+(?:dan|&|[A-Z][\w-]*))*\s*\(\s*([A-Z][A-Za-z.&-]{1,9})\s*\)")


def _generic(e: Entity, tables: EntityTables) -> bool:
    """An institution every state has (``Kementerian Kesehatan``, ``Partai Demokrat``,
    ``Imigrasi``: ``entities/words.yaml: generic_institutions``) or one whose head defaults
    to Indonesia (``Pangkalan``: ``home_heads``), coded IDN by that default."""
    if e.code != "IDN":
        return False
    keys = fold(e.name).split()
    return " ".join(keys) in tables.generic_institutions \
        or (e.type == "ORG" and bool(tables.home_heads.match_start(keys, 0)))


def foreign_acronyms(entities: list[Entity], body: str, tables: EntityTables) -> list[Entity]:
    """A generic institution written inside the long name of a foreign body whose acronym
    follows in parentheses is that body: in ``Imigrasi dan Penegakan Bea Cukai (ICE)`` the
    dictionary reads ``Imigrasi`` and ``Bea Cukai`` as Indonesia's offices, but the acronym
    names the US agency, and its code wins (USA/COP). Only an acronym the article links to
    a code other than IDN counts: ``Direktorat Jenderal Imigrasi (Ditjen Imigrasi)`` stays."""
    by_text = {m.text: e for e in entities for m in e.mentions}
    out = []
    for e in entities:
        owner = None
        if _generic(e, tables):
            for m in e.mentions:
                hit = _UP_TO_ACRONYM.match(body, m.end)
                acronym = by_text.get(hit.group(1)) if hit else None
                if acronym is not None and acronym.code not in (None, "IDN") \
                        and len(acronym.code or "") == 3:
                    owner = acronym
                    break
        out.append(dataclasses.replace(e, code=owner.code, sector=owner.sector)
                   if owner is not None else e)
    return out


def home_country(entities: list[Entity], tables: EntityTables,
                 defaults: frozenset[str] = frozenset()) -> tuple[Entity, ...]:
    """Generic institutions every state has (``Kementerian Kesehatan``, ``Partai
    Demokrat``, ``Imigrasi``: ``entities/words.yaml: generic_institutions``) and
    institutions whose head defaults to Indonesia (``Pangkalan Udara Edwards``:
    ``home_heads``) are Indonesian only in an article about Indonesia. They belong to the
    country named most often when it is named alone there, or when it outweighs everything
    Indonesian three to one (an article about US parties that mentions the Indonesian
    embassy once, and names another organ of the same sector of that state). Counts are
    mentions of coded places and actors, and of foreign cities and states (``places.yaml``
    ``cities``: ``Los Angeles`` counts for the United States).

    People coded IDN only by a title head's fallback (``defaults``: ``Menteri Keamanan
    Dalam Negeri Fulan``, no country named after the title) are no evidence of an
    Indonesian article: they do not count, and they take the article's country when
    nothing else in it is Indonesian and that country dominates (``_dominates``)."""
    moved = [e for e in entities if _generic(e, tables)]
    defaulted = [e for e in entities if e.id in defaults and e.code == "IDN"]
    if not moved and not defaulted:
        return tuple(entities)
    weight: dict[str, int] = {}
    for e in entities:
        if e in moved or e in defaulted:
            continue
        country = e.code if e.code and (e.type == "LOC" or e.sector is not None) else (
            tables.index.place_country.get(fold(e.name)) if e.type == "LOC" and not e.code
            else None)
        if country:
            weight[country] = weight.get(country, 0) + len(e.mentions)
    home_weight = weight.pop("IDN", 0)
    ranked = sorted(weight.items(), key=lambda kv: -kv[1])
    if not ranked or len(ranked[0][0]) != 3 \
            or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return tuple(entities)
    home, count = ranked[0]
    if home_weight and (count < 3 * home_weight or count < HOME_MIN_MENTIONS):
        return tuple(entities)
    # with Indonesian actors present, only an institution whose kind that state also has
    # in the article moves (Partai Demokrat beside Partai Republik, a base beside the US
    # military); a party chaired by an Indonesian in a story about Israel stays
    kinds = {e.sector for e in entities if e.code == home and e not in moved}
    return tuple(dataclasses.replace(e, code=home)
                 if (e in moved and (not home_weight or e.sector in kinds))
                 or (e in defaulted and not home_weight and _dominates(ranked))
                 else e for e in entities)


def _dominates(ranked: list[tuple[str, int]]) -> bool:
    """Whether the country named most often is the article's beyond doubt: named at least
    three times and more than twice as often as the next (a person with a bare title in a
    story about US-China trade talks may be either side's)."""
    count = ranked[0][1]
    return count >= HOME_MIN_MENTIONS and (len(ranked) == 1 or count > 2 * ranked[1][1])
