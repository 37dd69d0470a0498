"""A reader process keeps querying the published warta.duckdb while runs commit."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
from store_helpers import ARTICLES, RunFn, raw

from warta.store import DB_FILE

READER = textwrap.dedent(
    """
    import sys, duckdb
    path = sys.argv[1]
    print("ready", flush=True)
    seen = set()
    for line in sys.stdin:
        con = duckdb.connect(path, read_only=True)
        seen.add(con.execute("SELECT count(*) FROM articles").fetchone()[0])
        con.close()
        print(sorted(seen), flush=True)
    """
)


def test_reader_process_reads_while_writer_commits(run_docs: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_docs([raw("a0", ARTICLES["banjir"])], out)
    proc = subprocess.Popen(
        [sys.executable, "-c", READER, str(out / DB_FILE)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    held = duckdb.connect(str(out / DB_FILE), read_only=True)  # a long-lived snapshot reader
    for i, key in enumerate(("pasar", "sekolah"), start=1):
        proc.stdin.write("q\n")
        proc.stdin.flush()
        proc.stdout.readline()
        run_docs([raw(f"a{i}", ARTICLES[key])], out)  # commits and republishes meanwhile
        assert held.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    proc.stdin.write("q\n")
    proc.stdin.flush()
    last = proc.stdout.readline().strip()
    proc.stdin.close()
    assert proc.wait(timeout=60) == 0
    assert last.endswith("3]")  # the reader saw the newest snapshot once it reconnected
    held.close()
