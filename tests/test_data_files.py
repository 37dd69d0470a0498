"""Language resources are reviewable data: no code under warta/data, every folder says
where its data comes from, every file parses, and every file type is documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.resources import DATA_DIR, load_resources

DATA_FILES = sorted(
    p for p in DATA_DIR.rglob("*") if p.is_file() and not p.name.startswith(".")
)


def test_no_python_under_data() -> None:
    assert not [p for p in DATA_FILES if p.suffix in {".py", ".pyc"}]


@pytest.mark.parametrize(
    "folder",
    sorted({p.parent for p in DATA_FILES if p.parent != DATA_DIR}),
    ids=lambda p: str(p.relative_to(DATA_DIR)),
)
def test_every_data_folder_has_provenance(folder: Path) -> None:
    # a folder's SOURCES.md may sit in the folder itself or in a parent folder below data/
    here = folder
    while here != DATA_DIR:
        if (here / "SOURCES.md").exists():
            return
        here = here.parent
    pytest.fail(f"{folder.relative_to(DATA_DIR)} has no SOURCES.md (provenance and licence)")


def test_all_data_files_parse() -> None:
    res = load_resources()
    assert res.fingerprint
    assert len(res.fingerprint) == 16


def test_data_readme_documents_each_folder() -> None:
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    top = sorted({p.relative_to(DATA_DIR).parts[0] for p in DATA_FILES if p.parent != DATA_DIR})
    missing = [t for t in top if f"{t}/" not in readme]
    assert not missing, f"src/warta/data/README.md does not document: {missing}"
