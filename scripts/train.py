"""Train Warta's Indonesian pipeline from ../shared/data/train and ship it into the package.

    python scripts/train.py --shared ../shared [--max-minutes 150] [--with-gsd2017] [--ner-clean]
        [--fast] [--pretrain] [--joint] [--distil] [--jobs 1]

Steps: convert the treebanks and NER sets to DocBins (``training/ud_data.py``,
``training/ner_data.py``); train the UD model (tagger, lemmatizer, parser on one encoder) and
the NER model (own encoder) with ``spacy train`` on one thread each; assemble them into one
pipeline; score it on the dev files; write it to ``src/warta/models/id_warta`` with its scores in
``MODEL_CARD.md`` and ``scores.json``. Seeds are fixed (13). CI never runs this.

Runs end at ``training.max_steps`` in their config (set to the steps the shipped model was
trained for, so a rerun gives the same model); ``--max-minutes`` is only a safety cap on a slow
machine: spaCy writes ``model-best`` at every evaluation that improves, so a stopped run still
leaves its best model.

``--pretrain`` (Round 6 of the model card; not the default, and not shipped: it did not beat
the shipped NER) first pretrains the NER's encoder with ``spacy pretrain`` on the raw corpora
(``training/pretrain_data.py``, ``configs/ner_pretrain.cfg``), then trains the NER from those
weights and assembles it with the UD model into ``training/work/id_warta_pretrain``.

``--joint`` (Round 7 of the model card) trains one pipeline whose single encoder is shared by
the tagger, lemmatizer, parser and NER (``configs/joint.cfg``) on the treebanks and the NER
sets at once, into ``training/work/id_warta_joint``: one encoder pass per token instead of two.

``--distil`` (Rounds 8 and 10 of the model card) trains a width-64 joint pipeline
(``configs/joint_distil.cfg``) on the data of ``--joint`` plus silver sentences annotated by
the shipped model (``training/distil_data.py``): a student that learns the shipped model's
analyses. By default (``--silver-from train``) the silver text is the public training
sentences themselves and the student is written to ``src/warta/models/id_warta_fast`` (the
shipped ``id_warta_fast``, selected with ``lang.model``); ``--silver-from corpus`` (Round 8)
annotates ``--silver-sentences`` scraped corpus sentences instead and writes to
``training/work/id_warta_distil`` (third-party text: never shipped).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TRAINING = ROOT / "training"
WORK = TRAINING / "work"
MODEL_DIR = ROOT / "src" / "warta" / "models" / "id_warta"
CARD = MODEL_DIR / "MODEL_CARD.md"
SEED = 13
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
# share of the wall-clock budget given to each training run
BUDGET_SHARE = {"ud": 0.4, "ner": 0.6}

sys.path.insert(0, str(TRAINING))


def log(msg: str) -> None:
    print(f"[train {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def convert(shared: Path, *, with_gsd2017: bool, ner_clean: bool = False) -> dict[str, Path]:
    import ner_data
    import spacy
    import ud_data

    nlp = spacy.blank("id")
    corpus = WORK / ("corpus-gsd" if with_gsd2017 else "corpus")
    ud = ud_data.build(shared, corpus, nlp, with_gsd2017=with_gsd2017, seed=SEED)
    ner = ner_data.build(shared, corpus / "ner-clean" if ner_clean else corpus, nlp, seed=SEED,
                         drop_overlap=ner_clean)
    return {"ud_train": ud["train"], "ud_dev": ud["dev"], "csui_dev": ud["csui_dev"],
            "ner_train": ner["train"], "ner_dev": ner["dev"]}


# run name -> config file (training/configs/<stem>.cfg)
CONFIGS = {"ud": "ud", "ud-gsd": "ud", "ner": "ner", "ner-clean": "ner_clean",
           "ud-fast": "ud_fast", "ner-fast": "ner_fast", "ner-pretrain": "ner_pretrain",
           "pretrain": "ner_pretrain", "joint": "joint", "joint-distil": "joint_distil"}
# runs made with NumPy's BLAS (training/spacy_train_blas.py, faster here); the default recipe
# keeps spaCy's own command so that it reproduces the shipped weights
BLAS_RUNS = ("-fast", "-pretrain", "pretrain", "joint", "-distil")


def start_training(name: str, train: Path, dev: Path | None = None,
                   init_tok2vec: Path | None = None) -> subprocess.Popen[bytes]:
    """A ``spacy train`` run in the background; with the run name ``pretrain``, the
    ``spacy pretrain`` run of its config on the DocBin ``train`` instead."""
    out = WORK / name
    shutil.rmtree(out, ignore_errors=True)
    config = TRAINING / "configs" / f"{CONFIGS[name]}.cfg"
    trainer = ([str(TRAINING / "spacy_train_blas.py")] if name.endswith(BLAS_RUNS)
               else ["-m", "spacy", "train"])
    cmd = [sys.executable, *trainer, str(config), "--output", str(out)]
    if name == "pretrain":
        cmd += ["--pretrain", "--paths.raw_text", str(train)]
    else:
        cmd += ["--paths.train", str(train), "--paths.dev", str(dev)]
    if init_tok2vec is not None:
        cmd += ["--paths.init_tok2vec", str(init_tok2vec)]
    logf = (WORK / f"{name}.log").open("wb")
    log(f"training {name}: {' '.join(cmd)} (log: {logf.name})")
    return subprocess.Popen(cmd, stdout=logf, stderr=subprocess.STDOUT,
                            env={**os.environ, **ONE_THREAD})


def wait(proc: subprocess.Popen[bytes], name: str, deadline: float) -> None:
    while proc.poll() is None:
        if time.time() > deadline:
            log(f"{name}: wall-clock budget spent, stopping (model-best is kept)")
            proc.terminate()
            proc.wait()
            return
        time.sleep(5)
    if proc.returncode != 0:
        raise SystemExit(f"{name} training failed, see {WORK / (name + '.log')}")


def pretrain(shared: Path, max_minutes: float) -> Path:
    """Pretrain the NER encoder (``configs/ner_pretrain.cfg``, ``[pretraining]``) on the raw
    corpora and the NER train sentences (``training/pretrain_data.py``); returns the weights of
    the last epoch. Runs before the training runs, with its own wall-clock cap: a stopped run
    keeps the weights of its last finished epoch."""
    import pretrain_data
    import spacy

    log("building the pretraining corpus (clean + segment the raw corpora)")
    stats = pretrain_data.build(shared, WORK / "corpus", spacy.blank("id"), seed=SEED)
    log(f"pretraining corpus: {', '.join(f'{k} {v}' for k, v in stats.items() if k != 'path')}")
    proc = start_training("pretrain", stats["path"])
    wait(proc, "pretrain", time.time() + max_minutes * 60)
    epochs = sorted(WORK.glob("pretrain/model[0-9]*.bin"),
                    key=lambda p: int(p.stem.removeprefix("model")))
    if not epochs:
        raise SystemExit(f"pretraining saved no epoch, see {WORK / 'pretrain.log'}")
    log(f"pretrained encoder: {epochs[-1]}")
    return epochs[-1]


def joint_data(paths: dict[str, Path]) -> dict[str, Path]:
    """Train and dev directories for ``configs/joint.cfg``: the treebank data three times plus
    one lower-cased copy (so that the ~30k treebank tokens are not drowned by the ~400k NER
    tokens, and the heads see lower-cased text as the UD model's 10% augmentation gave it),
    and the NER data once; dev is both dev sets. ``spacy.Corpus`` reads every ``.spacy`` file
    of a directory, and training shuffles the examples each epoch."""
    import spacy
    import ud_data
    from spacy.tokens import DocBin

    nlp = spacy.blank("id")
    root = WORK / "joint-data"
    shutil.rmtree(root, ignore_errors=True)
    (root / "train").mkdir(parents=True)
    (root / "dev").mkdir()
    ud = list(DocBin().from_disk(paths["ud_train"]).get_docs(nlp.vocab))
    for i in range(1, 4):
        shutil.copyfile(paths["ud_train"], root / "train" / f"ud{i}.spacy")
    DocBin(docs=ud_data.lower_cased(ud, nlp), store_user_data=False).to_disk(
        root / "train" / "ud-lower.spacy")
    shutil.copyfile(paths["ner_train"], root / "train" / "ner.spacy")
    shutil.copyfile(paths["ud_dev"], root / "dev" / "ud.spacy")
    shutil.copyfile(paths["ner_dev"], root / "dev" / "ner.spacy")
    return {"train": root / "train", "dev": root / "dev"}


def distil_data(paths: dict[str, Path], shared: Path, sentences: int,
                silver_from: str = "train") -> dict[str, Path]:
    """The data of ``joint_data`` plus silver sentences annotated by the shipped model
    (``training/distil_data.py``) as one more train file: the public training sentences
    (``silver_from="train"``, the shipped ``id_warta_fast``) or ``sentences`` sentences of
    the scraped corpora (``"corpus"``, Round 8; not shippable: third-party text)."""
    import distil_data

    from warta.lang.model import load_model

    data = joint_data(paths)
    if silver_from == "train":
        log("annotating the public training sentences with the shipped model")
        stats = distil_data.build_from_train([paths["ud_train"], paths["ner_train"]],
                                             WORK / "corpus", load_model())
    else:
        log(f"annotating {sentences} corpus sentences with the shipped model")
        stats = distil_data.build(shared, WORK / "corpus", load_model(), sentences=sentences,
                                  seed=SEED)
    log(f"silver data: {', '.join(f'{k} {v}' for k, v in stats.items() if k != 'path')}")
    shutil.copyfile(stats["path"], data["train"] / "silver.spacy")
    return data


def finish_joint(model: Path, out: Path) -> None:
    """The joint run's best model, with the package's meta, saved as the pipeline."""
    import spacy

    save(spacy.load(model), out)


def train_all(paths: dict[str, Path], max_minutes: float, jobs: int, ud_name: str,
              ner_name: str = "ner", init_tok2vec: Path | None = None,
              skip: tuple[str, ...] = ()) -> None:
    """The UD and NER runs (one thread each; ``jobs`` at once); runs named in ``skip`` are
    reused from an earlier call. ``init_tok2vec``: pretrained weights for the NER encoder."""
    start = time.time()
    runs = [(name, tr, dv) for name, tr, dv in [(ud_name, paths["ud_train"], paths["ud_dev"]),
                                              (ner_name, paths["ner_train"], paths["ner_dev"])]
            if name not in skip]
    t2v = {ner_name: init_tok2vec}
    if jobs > 1:
        procs = [(name, start_training(name, tr, dv, t2v.get(name))) for name, tr, dv in runs]
        for name, proc in procs:
            wait(proc, name, start + max_minutes * 60)
        return
    for name, tr, dv in runs:
        proc = start_training(name, tr, dv, t2v.get(name))
        wait(proc, name, time.time() + max_minutes * 60 * BUDGET_SHARE[name.split("-")[0]])


def assemble(ud_dir: Path, ner_dir: Path, out: Path) -> None:
    """UD pipeline + the NER component sourced from the NER pipeline, saved without the
    training-only parts (optimizer state is never saved; the vocab's vectors are empty)."""
    import spacy

    nlp = spacy.load(ud_dir)
    ner_nlp = spacy.load(ner_dir)
    if "tok2vec" in ner_nlp.pipe_names:
        # a NER trained with a separate (pretrained) encoder, configs/ner_pretrain.cfg: the
        # encoder is copied into the ner component, so that the package's NER has its own
        # encoder as the ner.cfg one has, and the UD pipeline's tok2vec is not touched
        ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    save(nlp, out)


def save(nlp: Any, out: Path) -> None:
    """Write the pipeline to ``out`` with the package's meta, keeping a model card there."""
    nlp.meta.update({
        "name": "warta", "version": "0.1.0", "lang": "id",
        "description": "Warta's Indonesian CNN pipeline: UPOS, lemmas, dependencies, "
                       "PER/ORG/LOC entities. See MODEL_CARD.md.",
        "license": "CC BY-SA 4.0 (trained on CC BY-SA treebanks)",
        "sources": ["UD_Indonesian-CSUI", "UD_Indonesian-PUD", "idner-news-2k",
                    "indolem NER-UI", "indolem NER-UGM", "IndoNLU NERGrit", "IndoNLU NERP"],
    })
    nlp.meta.pop("performance", None)
    card = out / "MODEL_CARD.md"
    kept = card.read_text(encoding="utf-8") if card.exists() else None
    shutil.rmtree(out, ignore_errors=True)
    nlp.to_disk(out)
    if kept is not None:
        card.write_text(kept, encoding="utf-8")


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def measure_speed(model_dir: Path, texts: list[str]) -> dict[str, Any]:
    """Throughput of the whole pipeline on raw text, in wall-clock and in CPU time of this
    process (the CPU figure is the fair one on a shared machine), and the model load time."""
    import spacy

    t0, c0 = time.perf_counter(), time.process_time()
    nlp = spacy.load(model_dir, exclude=["tokenizer"])  # as warta.lang.model.load_model does
    load_wall, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    nlp("Pemanasan.")
    t0, c0 = time.perf_counter(), time.process_time()
    n_tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"tokens": n_tokens, "tokens_per_second": round(n_tokens / wall),
            "tokens_per_cpu_second": round(n_tokens / cpu),
            "load_seconds": round(load_wall, 2), "load_cpu_seconds": round(load_cpu, 2)}


def evaluate(model_dir: Path, shared: Path, csui_dev: Path) -> dict[str, Any]:
    import ner_data
    import spacy

    from warta.eval.ner import score_file
    from warta.eval.ud import read_conllu, score_conllu

    nlp = spacy.load(model_dir)
    scores: dict[str, Any] = {}
    gsd = shared / "data" / "dev" / "ud_indonesian_gsd" / "id_gsd-ud-dev.conllu"
    scores["ud"] = {"gsd_dev": score_conllu(gsd, nlp), "csui_heldout": score_conllu(csui_dev, nlp)}
    ner: dict[str, Any] = {}
    pooled = {"tp": 0, "fp": 0, "fn": 0}
    for s in ner_data.SETS:
        res = score_file(shared / "data" / "dev" / s.dev, s.fmt, nlp)
        low = score_file(shared / "data" / "dev" / s.dev, s.fmt, nlp, case="lower")
        title = score_file(shared / "data" / "dev" / s.dev, s.fmt, nlp, case="title")
        ner[s.name] = {"precision": res["precision"], "recall": res["recall"], "f1": res["f1"],
                       "f1_lowercased": low["f1"], "f1_titlecased": title["f1"],
                       "per_label": res["per_label"]}
        for k in pooled:
            pooled[k] += res["counts"][k]
    from warta.eval.ner import prf

    ner["pooled"] = prf(pooled["tp"], pooled["fp"], pooled["fn"])
    scores["ner"] = ner
    scores["speed"] = measure_speed(model_dir, [s.surface() for s in read_conllu(gsd)])
    scores["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    scores["size_mb"] = round(dir_size(model_dir) / 1e6, 1)
    return scores


def scores_markdown(s: dict[str, Any]) -> str:
    lines = ["| UD dev set | sentence F1 | token F1 | UPOS | lemma | UAS | LAS |",
             "|---|---|---|---|---|---|---|"]
    for name, r in s["ud"].items():
        lines.append(f"| {name} | {r['sentence_f1']:.3f} | {r['token_f1']:.3f} | {r['upos']:.3f} "
                     f"| {r['lemma']:.3f} | {r['uas']:.3f} | {r['las']:.3f} |")
    lines += ["", "| NER dev set | P | R | F1 | F1 lower-cased | F1 title-cased |",
              "|---|---|---|---|---|---|"]
    for name, r in s["ner"].items():
        if name == "pooled":
            continue
        lines.append(f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} "
                     f"| {r['f1_lowercased']:.3f} | {r['f1_titlecased']:.3f} |")
    p = s["ner"]["pooled"]
    lines.append(f"| **pooled** | {p['precision']:.3f} | {p['recall']:.3f} | **{p['f1']:.3f}** | | |")
    sp = s["speed"]
    lines += ["", f"Speed (whole pipeline, one thread, GSD dev raw text, {sp['tokens']:,} tokens): "
              f"{sp['tokens_per_cpu_second']:,} tokens per CPU second "
              f"({sp['tokens_per_second']:,} tokens/s wall clock on the machine as loaded "
              f"during the run). Load time: {sp['load_cpu_seconds']} s CPU "
              f"({sp['load_seconds']} s wall). Size on disk: {s['size_mb']} MB. "
              f"Peak resident memory of the scoring process: {s['max_rss_mb']} MB."]
    return "\n".join(lines)


def write_card(scores: dict[str, Any]) -> None:
    (MODEL_DIR / "scores.json").write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    if not CARD.exists():
        log("no MODEL_CARD.md to update")
        return
    text = CARD.read_text(encoding="utf-8")
    block = f"<!-- scores:start -->\n{scores_markdown(scores)}\n<!-- scores:end -->"
    text = re.sub(r"<!-- scores:start -->.*?<!-- scores:end -->", lambda _: block, text,
                  flags=re.S)
    CARD.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--max-minutes", type=float, default=150.0,
                    help="wall-clock cap for the training runs (with --jobs 2: for both at once)")
    ap.add_argument("--jobs", type=int, default=2, help="training runs at once (1 thread each)")
    ap.add_argument("--with-gsd2017", action="store_true",
                    help="add the non-commercial 2017 GSD train file (not the shipped default)")
    ap.add_argument("--ner-clean", action="store_true",
                    help="NER experiment: training data without the dev overlap, "
                         "configs/ner_clean.cfg (not the shipped default)")
    ap.add_argument("--fast", action="store_true",
                    help="speed variant: configs/ud_fast.cfg and configs/ner_fast.cfg (narrower "
                         "encoders) on the default data, into training/work/id_warta_fast")
    ap.add_argument("--pretrain", action="store_true",
                    help="NER encoder pretrained on the raw corpora (spacy pretrain, "
                         "configs/ner_pretrain.cfg) before the NER is trained with it; the UD "
                         "model is the default one (--skip-ud reuses training/work/ud)")
    ap.add_argument("--joint", action="store_true",
                    help="one encoder shared by the tagger, lemmatizer, parser and NER, trained "
                         "on both data at once (configs/joint.cfg), into "
                         "training/work/id_warta_joint")
    ap.add_argument("--distil", action="store_true",
                    help="a width-64 joint pipeline (configs/joint_distil.cfg) trained on the "
                         "--joint data plus silver sentences annotated by the shipped model "
                         "(--silver-from), into src/warta/models/id_warta_fast (train) or "
                         "training/work/id_warta_distil (corpus)")
    ap.add_argument("--silver-from", choices=("train", "corpus"), default="train",
                    help="--distil's silver text: the public training sentences (default; "
                         "the shipped id_warta_fast) or the scraped corpora (Round 8, "
                         "third-party text: never shipped)")
    ap.add_argument("--silver-sentences", type=int, default=30000,
                    help="corpus sentences annotated by the shipped model for "
                         "--distil --silver-from corpus")
    ap.add_argument("--pretrain-minutes", type=float, default=50.0,
                    help="wall-clock cap of the pretraining run")
    ap.add_argument("--skip-ud", action="store_true",
                    help="reuse training/work/<ud run>/model-best, train only the NER")
    ap.add_argument("--skip-training", action="store_true",
                    help="reuse training/work/{ud,ner}/model-best")
    ap.add_argument("--out", type=Path, default=None,
                    help="default: the package's model dir (training/work/id_warta_gsd2017 "
                         "with --with-gsd2017, training/work/id_warta_ner_clean with "
                         "--ner-clean; those never replace the shipped model)")
    args = ap.parse_args()
    shared = args.shared.resolve()
    ud_name = "ud-gsd" if args.with_gsd2017 else "ud-fast" if args.fast else "ud"
    ner_name = ("ner-clean" if args.ner_clean else "ner-fast" if args.fast else
                "ner-pretrain" if args.pretrain else "ner")
    if args.out is None:
        args.out = (WORK / "id_warta_gsd2017" if args.with_gsd2017 else
                    WORK / "id_warta_ner_clean" if args.ner_clean else
                    WORK / "id_warta_fast" if args.fast else
                    WORK / "id_warta_pretrain" if args.pretrain else
                    WORK / "id_warta_joint" if args.joint else
                    (MODEL_DIR.parent / "id_warta_fast" if args.silver_from == "train"
                     else WORK / "id_warta_distil") if args.distil else MODEL_DIR)
    WORK.mkdir(parents=True, exist_ok=True)
    log("converting data")
    paths = convert(shared, with_gsd2017=args.with_gsd2017, ner_clean=args.ner_clean)
    if args.joint or args.distil:
        run = "joint-distil" if args.distil else "joint"
        if not args.skip_training:
            data = (distil_data(paths, shared, args.silver_sentences, args.silver_from)
                    if args.distil else joint_data(paths))
            wait(start_training(run, data["train"], data["dev"]), run,
                 time.time() + args.max_minutes * 60)
        log(f"saving into {args.out}")
        finish_joint(WORK / run / "model-best", args.out)
    else:
        if not args.skip_training:
            weights = pretrain(shared, args.pretrain_minutes) if args.pretrain else None
            train_all(paths, args.max_minutes, args.jobs, ud_name, ner_name,
                      init_tok2vec=weights, skip=(ud_name,) if args.skip_ud else ())
        log(f"assembling into {args.out}")
        assemble(WORK / ud_name / "model-best", WORK / ner_name / "model-best", args.out)
    log("evaluating")
    scores = evaluate(args.out, shared, paths["csui_dev"])
    scores["trained_with_gsd2017"] = args.with_gsd2017
    if args.out == MODEL_DIR:
        write_card(scores)
    else:
        (args.out / "scores.json").write_text(json.dumps(scores, indent=2) + "\n",
                                              encoding="utf-8")
    print(scores_markdown(scores))


if __name__ == "__main__":
    main()
