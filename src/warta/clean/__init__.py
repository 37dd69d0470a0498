"""Stage 2: raw input → clean article body (with an offset map back to the input) and
metadata. HTML pages go through ``clean.html`` (main-text extraction) first."""
