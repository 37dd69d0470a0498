"""Quotes: direct quotations and reported speech, each attributed to a speaker.

``detect`` finds quoted spans and tells speech from scare quotes, ``reported`` finds
reported speech (speech verb + clause, ``menurut X``, ``…, kata X``), ``attribute`` reads
the speaker next to a cue and resolves pronouns and surnames, ``component`` wraps it all as
the ``quotes.v1`` pipeline component.
"""
