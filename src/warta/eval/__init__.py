"""Evaluation: score Warta's output against the gold format of ``shared/gold/GUIDE.md``.

One module per layer (``metadata``, ``body``, ``entities``, ``quotes``, ``events``), each with
a pure ``score_article`` (expected-shaped gold dict vs expected-shaped prediction) and an
``aggregate`` over articles. ``gold`` reads gold files and runs the pipeline, ``report``
assembles the stable ``--json`` document, ``gate`` compares it with the floors in
``eval/baseline.json``. Every measure is defined in ``docs/evaluation.md``.
"""
