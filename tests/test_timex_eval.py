"""`eventx timex` writes the TempEval scorer's input, and its value F1 stays above pinned floors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventx.cli import main

from conftest import SHARED

TIMEML = SHARED / "timeml"
# Development corpora: session 9 took AQUAINT from 0.816 to 0.8149 with expressions it leaves
# unannotated ("all day", "earlier in the day"), for the held-out sets (docs/dates.md).
FLOORS = {"timebank_tbaq": 0.844, "aquaint_tbaq": 0.814}


def test_timex_cli_writes_one_line_per_document(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"doc_id": "d1", "dct": "2021-02-12", "text": "The plenum ended on Thursday."}) + "\n"
                      + json.dumps({"doc_id": "d2", "dct": None, "text": "Nothing dated here."}) + "\n")
    assert main(["timex", str(corpus), "-o", str(tmp_path / "p.jsonl")]) == 0
    lines = [json.loads(l) for l in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert [l["doc_id"] for l in lines] == ["d1", "d2"]
    assert lines[0]["timexes"] == [{"start": 20, "end": 28, "text": "Thursday", "type": "DATE", "value": "2021-02-11"}]
    assert lines[1]["timexes"] == []


def test_timex_cli_writes_a_worded_range_as_two_expressions(tmp_path: Path) -> None:
    # TimeML has no interval values: "from 1991 to 1997" and "1988-89" are two TIMEX3s each; a range of
    # days written "March 3-5" stays one token.
    corpus = tmp_path / "c.jsonl"
    text = "He was jailed from 1991 to 1997, in 1988-89, and a summit is due on April 24 and 25."
    corpus.write_text(json.dumps({"doc_id": "d1", "dct": "1999-02-10", "text": text}) + "\n")
    assert main(["timex", str(corpus), "-o", str(tmp_path / "p.jsonl")]) == 0
    found = json.loads((tmp_path / "p.jsonl").read_text())["timexes"]
    assert [(t["text"], t["value"]) for t in found] == [
        ("1991", "1991"), ("1997", "1997"), ("1988", "1988"), ("89", "1989"), ("April 24", "1999-04-24"),
        ("25", "1999-04-25")]
    assert all(text[t["start"]:t["end"]] == t["text"] for t in found)


def test_timex_cli_without_a_dct_anchors_on_the_date_the_text_prints(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    text = "Tuesday, 9 April 2019\n\nThe council met yesterday and will vote on Friday."
    corpus.write_text(json.dumps({"doc_id": "d1", "text": text}) + "\n"
                      + json.dumps({"doc_id": "d2", "dct": "", "text": text}) + "\n")
    assert main(["timex", str(corpus), "-o", str(tmp_path / "p.jsonl")]) == 0
    for line in (tmp_path / "p.jsonl").read_text().splitlines():
        found = json.loads(line)["timexes"]
        assert [(t["text"], t["value"]) for t in found] == [
            ("Tuesday, 9 April 2019", "2019-04-09"), ("yesterday", "2019-04-08"), ("Friday", "2019-04-12")]


def test_timex_cli_without_any_date_reads_a_narrative_in_its_own_years(tmp_path: Path) -> None:
    # a history prints no date of its own: its yearless dates are in the year it last named, and its
    # latest date is not taken for a publication date ("a Tuesday" stays unresolved)
    corpus = tmp_path / "c.jsonl"
    text = ("The revolt broke out in March 1848. On 18 May an assembly met, and that summer it drafted a "
            "constitution. It was dissolved in 1849. On a Tuesday in June, troops cleared the hall.")
    corpus.write_text(json.dumps({"doc_id": "d1", "dct": None, "text": text}) + "\n")
    assert main(["timex", str(corpus), "-o", str(tmp_path / "p.jsonl")]) == 0
    found = json.loads((tmp_path / "p.jsonl").read_text())["timexes"]
    assert [(t["text"], t["value"]) for t in found] == [
        ("March 1848", "1848-03"), ("18 May", "1848-05-18"), ("that summer", "1848-SU"), ("1849", "1849"),
        ("Tuesday", "XXXX-WXX-2"), ("June", "1849-06")]


def test_timex_cli_bad_dct_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"doc_id": "d1", "dct": "soon", "text": "x"}) + "\n")
    assert main(["timex", str(corpus), "-o", str(tmp_path / "p.jsonl")]) == 2
    assert "c.jsonl:1: field 'dct'" in capsys.readouterr().err
    assert not (tmp_path / "p.jsonl").exists()


def _narrative_corpus(path: Path, documents: int) -> None:
    """A corpus of short dated and undated documents, each different, written to `path`."""
    lines = []
    for i in range(documents):
        day = 1 + i % 27
        text = (f"The assembly met on Tuesday and will sit again {day} March. In {1950 + i}, the first "
                f"session lasted {2 + i % 5} weeks; two days later a vote followed, and every spring since.")
        lines.append(json.dumps({"doc_id": f"d{i}", "dct": None if i % 4 == 0 else f"2019-0{1 + i % 9}-1{i % 10}",
                                 "text": text}))
    path.write_text("\n".join(lines) + "\n")


def test_timex_cli_with_two_jobs_writes_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture) -> None:
    import eventx.timexio

    monkeypatch.setattr(eventx.timexio, "_CHUNK_DOCUMENTS", 5)  # many chunks, taken back in input order
    corpus = tmp_path / "c.jsonl"
    _narrative_corpus(corpus, 47)
    assert main(["timex", str(corpus), "-o", str(tmp_path / "one.jsonl")]) == 0
    assert main(["timex", str(corpus), "-o", str(tmp_path / "two.jsonl"), "--jobs", "2", "-q"]) == 0
    one, two = (tmp_path / "one.jsonl").read_bytes(), (tmp_path / "two.jsonl").read_bytes()
    assert one == two
    assert [json.loads(l)["doc_id"] for l in one.decode().splitlines()] == [f"d{i}" for i in range(47)]
    assert all(json.loads(l)["timexes"] for l in one.decode().splitlines())
    err = capsys.readouterr().err
    assert err.count("tagged 47 documents") == 1  # the quiet run printed nothing


def test_timex_cli_with_two_jobs_names_a_bad_line_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      capsys: pytest.CaptureFixture) -> None:
    import eventx.timexio

    monkeypatch.setattr(eventx.timexio, "_CHUNK_DOCUMENTS", 5)
    corpus = tmp_path / "c.jsonl"
    _narrative_corpus(corpus, 30)
    lines = corpus.read_text().splitlines()
    lines[22] = lines[22][:-5]  # line 23: cut short
    corpus.write_text("\n".join(lines) + "\n")
    assert main(["timex", str(corpus), "-o", str(tmp_path / "p.jsonl"), "--jobs", "2"]) == 2
    assert "c.jsonl:23: not valid JSON" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [corpus]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_timex_value_f1_on_tempeval_training_data(name: str, tmp_path: Path) -> None:
    gold = TIMEML / f"{name}.jsonl"
    if not gold.is_file():
        pytest.skip(f"TempEval data not found at {gold}")
    pred = tmp_path / "pred.jsonl"
    assert main(["timex", str(gold), "-o", str(pred)]) == 0
    out = subprocess.run([sys.executable, str(TIMEML / "score_timex.py"), str(gold), str(pred), "--json",
                          str(tmp_path / "s.json")], capture_output=True, text=True, check=True)
    value_f1 = json.loads((tmp_path / "s.json").read_text())["value"]["F1"]
    assert value_f1 >= FLOORS[name], out.stdout


TIMEX_SETS = Path(__file__).resolve().parent.parent / "datasets" / "timex"
# (value F1, strict span F1) per genre, pinned after each set's errors were read once. Blind, before
# that: heldout value F1 0.873, strict span F1 0.879; heldout2 (on commit 07cd8ad) 0.823 and 0.897;
# heldout5 (on commit 05ddfd9) 0.904 and 0.949; heldout6 (on commit b3df2d2) 0.918 and 0.931;
# heldout7 (on commit eee1d84) 0.825 and 0.866; heldout8 (on commit be2a3ef) 0.828 and 0.858;
# heldout9 (on commit 0f5d0a4) 0.870 and 0.892.
# docs/dates.md gives both. Lowered by hand once, a recorded exception (docs/dates.md, held-out 9): heldout3
# all 0.933 -> 0.932 strict and broadcast 0.900/0.868 -> 0.896/0.865, heldout6 press_release 0.947 -> 0.944,
# when a bare "overnight" began to be tagged as every other annotator tags it.
HELDOUT_FLOORS = {
    "heldout": {"all": (0.962, 0.954), "narrative": (0.983, 0.977), "newswire": (0.933, 0.927),
                "wikinews": (0.967, 0.955)},
    "heldout2": {"all": (0.900, 0.941), "analysis": (0.885, 0.934), "bulletin": (0.882, 0.938),
                 "politics_wire": (0.933, 0.951)},
    "heldout3": {"all": (0.930, 0.932), "broadcast": (0.896, 0.865), "economy": (0.890, 0.921),
                 "narrative": (0.984, 0.992), "wikinews": (0.961, 0.954)},
    "heldout4": {"all": (0.866, 0.927), "campaign": (0.866, 0.914), "courts": (0.923, 0.915),
                 "diplomatic": (0.924, 0.946), "memoir": (0.741, 0.931)},
    "heldout5": {"all": (0.933, 0.964), "business": (0.945, 0.979), "history": (0.928, 0.953),
                 "parliament": (0.952, 0.987), "wire": (0.902, 0.933)},
    "heldout6": {"all": (0.968, 0.951), "editorial": (0.969, 0.938), "local_news": (0.982, 0.956),
                 "obituary": (0.980, 0.972), "press_release": (0.944, 0.935)},
    "heldout7": {"all": (0.888, 0.923), "chronology": (0.878, 0.903), "financial_results": (0.899, 0.951),
                 "interview": (0.865, 0.926), "weather_emergency": (0.911, 0.911)},
    "heldout8": {"all": (0.894, 0.945), "agenda": (0.785, 0.930), "health_science": (0.921, 0.938),
                 "live_blog": (0.950, 0.943), "sport": (0.931, 0.974)},
    "heldout9": {"all": (0.880, 0.896), "culture_reviews": (0.865, 0.924), "election_results": (0.909, 0.909),
                 "police_reports": (0.860, 0.827), "transport_notices": (0.884, 0.923)},
}
HELDOUT_SIZES = {"heldout": "24 documents, 499 timexes", "heldout2": "24 documents, 543 timexes",
                 "heldout3": "24 documents, 555 timexes", "heldout4": "24 documents, 508 timexes",
                 "heldout5": "24 documents, 452 timexes", "heldout6": "24 documents, 471 timexes",
                 "heldout7": "24 documents, 476 timexes", "heldout8": "24 documents, 506 timexes",
                 "heldout9": "24 documents, 499 timexes"}


@pytest.mark.parametrize(("name", "genre"), [(n, g) for n, floors in HELDOUT_FLOORS.items() for g in sorted(floors)])
def test_timex_value_and_span_f1_on_the_held_out_sets(name: str, genre: str, tmp_path: Path) -> None:
    scorer = TIMEML / "score_timex.py"
    if not scorer.is_file():
        pytest.skip(f"the TempEval scorer was not found at {scorer}")
    lines = (TIMEX_SETS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines if line.strip()]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(d) + "\n" for d in docs if genre == "all" or d["genre"] == genre))
    pred = tmp_path / "pred.jsonl"
    assert main(["timex", str(gold), "-o", str(pred)]) == 0
    out = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), "--json", str(tmp_path / "s.json")],
                         capture_output=True, text=True, check=True)
    scores = json.loads((tmp_path / "s.json").read_text())
    value_floor, strict_floor = HELDOUT_FLOORS[name][genre]
    assert scores["value"]["F1"] >= value_floor, out.stdout
    assert scores["strict"]["F1"] >= strict_floor, out.stdout


@pytest.mark.parametrize("name", sorted(HELDOUT_SIZES))
def test_the_held_out_gold_is_well_formed(name: str) -> None:
    # offsets, spans and TIMEX3 values of the bundled gold (datasets/timex/check_gold.py)
    out = subprocess.run([sys.executable, str(TIMEX_SETS / "check_gold.py"), str(TIMEX_SETS / f"{name}.jsonl")],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert HELDOUT_SIZES[name] in out.stdout
