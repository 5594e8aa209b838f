"""Structure of the curated entity lexicons: headers, columns, sort order, keys, dates.

The recognizer reads these files by column name, so the exact headers are part of the contract.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

import pytest

from khabar.data import build_roles
from khabar.text import normalize_word

DATA = Path(build_roles.__file__).resolve().parent

COLUMNS = {
    "organizations.tsv": ["canonical", "label", "country", "arabic", "source"],
    "persons.tsv": ["canonical", "arabic", "source"],
    "office_holders.tsv": ["role", "country", "person", "arabic_name", "start", "end", "source"],
    "roles.tsv": ["role", "country", "arabic"],
}
ORG_KEYS = {"UN", "LAS", "NATO", "EU", "HAMAS", "HEZBOLLAH"}
ROLES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "army_chief",
    "spokesperson",
    "vice_president",
    "national_security_advisor",
    "crown_prince",
    "speaker",
    "secretary_general",
    "politburo_chief",
    "commission_president",
    "irgc_commander",
    "quds_force_commander",
}
ISO2 = re.compile(r"[A-Z]{2}")
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
# Latin-script credit forms that Arabic pages print as they are.
LATIN_FORMS = {"AFP", "AP", "BBC", "CNN", "EPA", "Getty Images", "Reuters"}


def read(name: str) -> tuple[list[str], list[str], list[dict[str, str]]]:
    """(comment lines, header fields, rows) of one TSV file."""
    text = (DATA / name).read_text(encoding="utf-8")
    assert text.endswith("\n") and "\r" not in text
    lines = text.split("\n")[:-1]
    comments = [line for line in lines if line.startswith("#")]
    body = [line for line in lines if not line.startswith("#")]
    assert lines[: len(comments)] == comments, f"{name}: '#' lines must all come first"
    header = body[0].split("\t")
    rows = list(csv.DictReader(body, delimiter="\t", quoting=csv.QUOTE_NONE))
    for i, line in enumerate(body[1:], start=2):
        assert line.count("\t") == len(header) - 1, f"{name} row {i}: {line!r}"
    return comments, header, rows


def forms(cell: str) -> list[str]:
    return cell.split("|")


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_header_and_cells(name: str) -> None:
    comments, header, rows = read(name)
    assert len(comments) >= 3, "the header must say where the facts come from"
    assert header == COLUMNS[name]
    assert len(rows) > 50
    for row in rows:
        for key, value in row.items():
            assert value == value.strip() and "  " not in value, (name, key, value)
            assert unicodedata.normalize("NFC", value) == value, (name, key, value)


def surface_forms_ok(cell: str, *, latin: frozenset[str] = frozenset()) -> None:
    parts = forms(cell)
    assert all(parts), cell
    assert len(parts) == len(set(parts)), f"repeated form in {cell}"
    for part in parts:
        assert part in latin or ARABIC_LETTER.search(part), part


def test_organizations() -> None:
    _, _, rows = read("organizations.tsv")
    names = [r["canonical"] for r in rows]
    assert names == sorted(names) and len(names) == len(set(names))
    owner: dict[str, str] = {}
    for r in rows:
        assert r["label"] in {"ORG", "FAC"}, r
        assert r["country"] == "" or ISO2.fullmatch(r["country"]), r
        assert r["source"] in {"wp", "desc"}, r
        surface_forms_ok(r["arabic"], latin=frozenset(LATIN_FORMS))
        for f in forms(r["arabic"]):
            key = normalize_word(f)
            assert owner.setdefault(key, r["canonical"]) == r["canonical"], (f, owner[key], r["canonical"])
    assert len(rows) >= 300


def test_persons() -> None:
    _, _, rows = read("persons.tsv")
    names = [r["canonical"] for r in rows]
    assert names == sorted(names) and len(names) == len(set(names))
    owner: dict[str, str] = {}
    for r in rows:
        assert r["source"] in {"wp", "desc"}, r
        surface_forms_ok(r["arabic"])
        for f in forms(r["arabic"]):
            key = normalize_word(f)
            assert owner.setdefault(key, r["canonical"]) == r["canonical"], (f, owner[key], r["canonical"])
    assert len(rows) >= 300


def test_person_and_organization_forms_do_not_collide() -> None:
    _, _, people = read("persons.tsv")
    _, _, orgs = read("organizations.tsv")
    pforms = {normalize_word(f) for r in people for f in forms(r["arabic"])}
    oforms = {normalize_word(f) for r in orgs for f in forms(r["arabic"])}
    assert not pforms & oforms


def date(value: str) -> dt.date:
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), value
    return dt.date.fromisoformat(value)


def test_office_holders() -> None:
    _, _, rows = read("office_holders.tsv")
    _, _, people = read("persons.tsv")
    first_form = {r["canonical"]: forms(r["arabic"])[0] for r in people}
    keys = [(r["role"], r["country"], r["start"]) for r in rows]
    assert keys == sorted(keys) and len(keys) == len(set(keys))
    terms: dict[tuple[str, str], list[tuple[dt.date, dt.date | None, str]]] = defaultdict(list)
    for r in rows:
        assert r["role"] in ROLES, r
        assert ISO2.fullmatch(r["country"]) or r["country"] in ORG_KEYS, r
        assert r["person"] in first_form, f"{r['person']} missing from persons.tsv"
        assert r["arabic_name"] == first_form[r["person"]], r
        assert r["source"].startswith(("wp", "news")), r
        start = date(r["start"])
        end = date(r["end"]) if r["end"] else None
        assert end is None or start <= end, r
        assert dt.date(1950, 1, 1) <= start <= dt.date(2026, 12, 31), r
        terms[(r["role"], r["country"])].append((start, end, r["person"]))
    for key, spans in terms.items():
        for (_s1, e1, p1), (s2, _e2, p2) in pairwise(spans):
            assert e1 is not None, f"{key}: {p1} has no end but {p2} follows"
            assert e1 <= s2, f"{key}: {p1} until {e1} overlaps {p2} from {s2}"
    assert len(rows) >= 400


def test_roles_file_is_generated_and_consistent() -> None:
    assert build_roles.main(["--check"]) == 0, "run: python -m khabar.data.build_roles"
    _, _, rows = read("roles.tsv")
    _, _, offices = read("office_holders.tsv")
    held = {(r["role"], r["country"]) for r in offices}
    keys = [(r["role"], r["country"]) for r in rows]
    assert keys == sorted(keys) and len(keys) == len(set(keys))
    owner: dict[str, tuple[str, str]] = {}
    for r in rows:
        key = (r["role"], r["country"])
        assert key in held, f"{key} has no office holder"
        surface_forms_ok(r["arabic"])
        for f in forms(r["arabic"]):
            assert owner.setdefault(normalize_word(f), key) == key, (f, owner[normalize_word(f)], key)
    assert held == set(keys), f"office keys without phrases: {sorted(held - set(keys))}"


def test_build_roles_expand_never_doubles_a_word() -> None:
    for country in build_roles.COUNTRIES:
        for role in ("head_of_state", "head_of_government", "foreign_minister", "army_chief"):
            for phrase in build_roles.expand(build_roles.templates_for(role, country), country):
                words = phrase.split()
                assert all(a != b for a, b in pairwise(words)), phrase
                assert "{" not in phrase, phrase
