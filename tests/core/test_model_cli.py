"""The output contract, the CLI and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from khabar import analyze
from khabar.cli import main
from khabar.model import json_schema

ROOT = Path(__file__).resolve().parents[2]
LAYOUT_DOCS = sorted((Path(__file__).parent / "layout_docs").glob("*.txt"))


def _walk_spans(node: object, text: str, path: str = "$") -> list[str]:
    bad: list[str] = []
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys() and text[node["start"]:node["end"]] != node["text"]:
            bad.append(path)
        for k, v in node.items():
            bad += _walk_spans(v, text, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            bad += _walk_spans(v, text, f"{path}[{i}]")
    return bad


def test_output_validates_against_schema_and_is_deterministic(seed_text: str) -> None:
    a = analyze(seed_text, "2024-04-01").to_json()
    b = analyze(seed_text, "2024-04-01").to_json()
    assert a == b
    data = json.loads(a)
    jsonschema.validate(data, json_schema())
    for key in ("layout", "entities", "timexes", "attributions", "claims", "events", "meta", "publication_date"):
        assert key in data
    assert data["publication_date"] == {"value": "2024-04-01", "given_as_input": True, "source": "input"}
    assert data["meta"]["khabar_version"]


@pytest.mark.parametrize("path", LAYOUT_DOCS, ids=[p.stem for p in LAYOUT_DOCS])
def test_every_span_of_every_layer_quotes_the_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    data = json.loads(analyze(text, "2024-05-01").to_json())
    assert _walk_spans(data, text) == []


def test_seed_spans_quote_the_text(seed_text: str) -> None:
    assert _walk_spans(json.loads(analyze(seed_text, "2024-04-01").to_json()), seed_text) == []


def _run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "khabar", *args], input=stdin, capture_output=True, timeout=120)


def test_cli_analyze_formats(tmp_path: Path) -> None:
    example = str(ROOT / "examples" / "seed-000.txt")
    out = _run(["analyze", example, "--date", "2024-04-01"])
    assert out.returncode == 0
    assert json.loads(out.stdout)["layout"]["headline"]["text"].startswith("اجتماع")
    line = _run(["analyze", "-", "--format", "jsonl"], stdin=Path(example).read_bytes())
    assert line.returncode == 0 and len(line.stdout.decode().strip().splitlines()) == 1
    txt = _run(["analyze", example, "--format", "text"])
    assert txt.returncode == 0 and "العنوان" in txt.stdout.decode()


def test_cli_version_schema_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and "khabar" in capsys.readouterr().out
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Document"
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    assert "examples:" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "code", "words"),
    [
        (b"", 4, "empty"),
        (b"   \n\t  \n", 4, "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, 5, "binary"),
        (b"abc\x00def\x00" * 10, 5, "binary"),
        (bytes(range(128, 256)) * 40, 6, "decode"),
    ],
)
def test_bad_input_gives_one_line_and_distinct_exit_code(tmp_path: Path, content: bytes, code: int, words: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    out = _run(["analyze", str(f)])
    err = out.stderr.decode().strip()
    assert out.returncode == code, err
    assert len(err.splitlines()) == 1 and err.startswith("khabar: ") and words in err.lower()
    assert "Traceback" not in err


def test_missing_file_bad_date_and_size_limit(tmp_path: Path) -> None:
    assert _run(["analyze", str(tmp_path / "nope.txt")]).returncode == 3
    f = tmp_path / "a.txt"
    f.write_text("خبر قصير عن الطقس في القاهرة.", encoding="utf-8")
    bad = _run(["analyze", str(f), "--date", "2024-02-30"])
    assert bad.returncode == 8 and b"--date" in bad.stderr
    big = _run(["analyze", str(f), "--max-bytes", "10"])
    assert big.returncode == 7 and b"max-bytes" in big.stderr


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6", "utf-16"])
def test_legacy_encodings_are_detected_and_recorded(tmp_path: Path, encoding: str) -> None:
    text = "قال المتحدث باسم الحكومة إن الاجتماع سيعقد في القاهرة يوم الأحد المقبل لبحث الأوضاع."
    f = tmp_path / "legacy.txt"
    f.write_bytes(text.encode(encoding))
    out = _run(["analyze", str(f), "--format", "jsonl"])
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["text"].lstrip("\ufeff") == text
    assert data["meta"]["input_encoding"].replace("-", "").replace("_", "").lower() in {
        "cp1256", "windows1256", "iso88596", "utf16"}


def test_byte_identical_across_processes_with_different_hash_seeds() -> None:
    """Set or dict order must never leak into the output: compare runs under two hash seeds."""
    import os

    files = [ROOT / "examples" / "seed-000.txt", *sorted((ROOT / "eval" / "corpus").glob("*.txt"))[:5]]
    code = ("import sys, khabar\n"
            "for f in sys.argv[1:]:\n"
            "    sys.stdout.write(khabar.analyze(open(f, encoding='utf-8').read(), '2024-06-01').to_json())\n")
    outputs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run([sys.executable, "-c", code, *map(str, files)], capture_output=True, timeout=300, env=env)
        assert run.returncode == 0, run.stderr.decode()[-2000:]
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1] and len(outputs[0]) > 10000
