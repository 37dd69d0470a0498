"""Events: who did what to whom, coded in CAMEO and PLOVER with the evidence.

``ontology`` loads the code tables, ``lexicon`` the Indonesian event triggers, ``code`` finds
events in one sentence from its parts (``records``, ``trigger_words``, ``sentence_actors``,
``roles``, ``nominal``, ``statements``, ``status_date``, with ``arguments`` and ``fallback``),
``aggregate`` keeps one event per actor pair and type, and ``component`` is the
``events.v1`` pipeline component.
"""
