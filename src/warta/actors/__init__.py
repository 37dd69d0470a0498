"""Actor knowledge and linking: who a name is, at the date of the article.

Public functions (all pure; the data comes from ``Resources``, compiled once per bundle):

- ``lookup(name, on, resources, prefer=())`` → ``ActorMatch | None``: dictionary look-up
  (countries, capitals, metonyms, organisations, people with dated roles) with spelling
  folding, case-sensitive acronyms and institution heads (``Kementerian Pertahanan Rusia``).
- ``infer_from_title(context_before, name, on, resources)``: code from the title before a
  person's name (``Menteri Luar Negeri Iran Abbas Araghchi`` → IRN/GOV).
- ``resolve_person(name, context_before, on, resources)``: dictionary role, else title.
- ``resolve_alias(a, b, resources, persons)``: acronym ↔ expansion, surname ↔ full name and
  dictionary aliases, for merging mentions into entities.
"""

from warta.actors.aliases import resolve_alias
from warta.actors.lookup import lookup
from warta.actors.match import ActorMatch, Role
from warta.actors.titles import infer_from_title, resolve_person

__all__ = ["ActorMatch", "Role", "infer_from_title", "lookup", "resolve_alias", "resolve_person"]
