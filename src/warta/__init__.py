"""Warta: raw news articles in, trustworthy structured event data out."""

from warta.config import PipelineConfig
from warta.doc import Document, Metadata, RawDocument
from warta.pipeline import Pipeline, run_document
from warta.resources import Resources, load_resources

__version__ = "0.1.0"

__all__ = [
    "Document",
    "Metadata",
    "Pipeline",
    "PipelineConfig",
    "RawDocument",
    "Resources",
    "load_resources",
    "run_document",
]
