"""Reading a dropped file: encodings, newlines, control characters, front matter, ignored files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from manchette.ingest.read import decode, is_article_file, read_document

FRENCH = "L’armée a dû reculer : « cœur » du problème… 20 € — Œuvre, naïf, façade, où, ÀÉÈÇ.\n"


@pytest.mark.parametrize(
    "data",
    [
        FRENCH.encode("utf-8"),
        b"\xef\xbb\xbf" + FRENCH.encode("utf-8"),
        FRENCH.encode("utf-16"),  # with a BOM
        FRENCH.encode("utf-16-le"),  # without
        FRENCH.encode("utf-16-be"),
        FRENCH.encode("utf-32"),
        FRENCH.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252"],
)
def test_encodings_are_detected_from_the_bytes(data: bytes) -> None:
    assert read_document("a.txt", data).text == FRENCH


def test_latin1_without_windows_characters() -> None:
    text = "Le président a été élu à Genève ; naïveté, garçon, Noël.\n"
    assert read_document("a.txt", text.encode("latin-1")).text == text


def test_short_cp1252_french_is_not_taken_for_central_european() -> None:
    # charset-normalizer alone reads these bytes as cp1250 ("cśur", "dű")
    for text in ("Le cœur a dû céder.", "L’Œuvre", "été"):
        assert decode(text.encode("cp1252")) == text


def test_other_scripts_still_decode() -> None:
    russian = "Москва и Вашингтон договорились о новой встрече на следующей неделе. " * 3
    assert decode(russian.encode("cp1251")) == russian


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n", "\u2028"])
def test_newlines_are_normalised(newline: str) -> None:
    doc = read_document("a.txt", newline.join(["Titre", "", "Texte."]).encode("utf-8"))
    assert doc.text == "Titre\n\nTexte."


def test_control_characters_and_invisible_marks_are_dropped() -> None:
    sentence = " Une phrase ordinaire du texte, pour que le reste soit du texte."
    data = f"Ti\x01tre\x07\u200b\n\nTe\x1bxte\ufeff.{sentence}".encode()
    assert read_document("a.txt", data).text == f"Titre\n\nTexte.{sentence}"


def test_accents_are_composed() -> None:
    assert (
        read_document("a.txt", "Ce\u0301line e\u0301tait la\u0300.".encode()).text
        == "Céline était là."
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n ", "empty file"),
        (b"\x00\x01\x02\x03" * 50, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
        (bytes(range(256)) * 8, "binary"),
        (b"---\ntitle: x\n---\n", "no text besides the front matter"),
    ],
    ids=["empty", "blank", "controls", "png", "pdf", "all-bytes", "front-matter-only"],
)
def test_files_that_are_not_articles_fail_with_a_reason(data: bytes, reason: str) -> None:
    doc = read_document("x.txt", data)
    assert doc.failed
    assert any(reason in p.reason for p in doc.problems), doc.problems
    assert all(p.file == "x.txt" for p in doc.problems)


# ----------------------------------------------------------------------------- front matter


def front(text: str, name: str = "a.md"):
    return read_document(name, text.encode("utf-8"))


def test_front_matter_overrides_and_body() -> None:
    doc = front(
        "---\n"
        "title: Un titre corrigé\n"
        "date: 2025-03-13\n"
        "authors: [Jean Dupont, Marie Curie]\n"
        "source: Le Monde diplomatique\n"
        "source_tags: Europe\n"
        "translator: Anne Leclerc\n"
        "original: {title: The Title, source: The Guardian, date: 2025-03-12, language: en}\n"
        "language: fr\n"
        "summary: Un résumé.\n"
        "slug: un-titre\n"
        "actors: [Vladimir Poutine]\n"
        "themes: [sanctions-et-economie]\n"
        "---\n"
        "Le texte.\n"
    )
    assert not doc.problems
    assert doc.text == "Le texte.\n"
    assert doc.overrides == {
        "title": "Un titre corrigé",
        "date": "2025-03-13",
        "authors": ["Jean Dupont", "Marie Curie"],
        "source": "Le Monde diplomatique",
        "source_tags": "Europe",
        "translator": "Anne Leclerc",
        "original": {
            "title": "The Title",
            "source": "The Guardian",
            "date": "2025-03-12",
            "language": "en",
        },
        "language": "fr",
        "summary": "Un résumé.",
        "slug": "un-titre",
        "actors": ["Vladimir Poutine"],
        "themes": ["sanctions-et-economie"],
    }


def test_front_matter_in_a_text_file_and_after_blank_lines() -> None:
    doc = read_document("a.txt", b"\n\n---\ntitle: T\n...\nTexte.")
    assert doc.overrides == {"title": "T"} and doc.text == "Texte."


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2025-03-13", "2025-03-13"),
        ("'13 mars 2025'", "2025-03-13"),
        ("13/03/2025", "2025-03-13"),
        ("2025-03-13 10:30:00", "2025-03-13"),
        ("'March 13, 2025'", "2025-03-13"),
    ],
)
def test_front_matter_dates_in_usual_forms(value: str, iso: str) -> None:
    assert front(f"---\ndate: {value}\n---\nTexte.").overrides["date"] == iso


def test_null_values_are_kept_to_clear_a_field() -> None:
    assert front("---\nsource: null\nauthors: ~\n---\nTexte.").overrides == {
        "source": None,
        "authors": None,
    }


def test_numbers_are_text_where_text_is_expected() -> None:
    assert front("---\ntitle: 1984\n---\nTexte.").overrides == {"title": "1984"}


def test_computed_keys_and_aliases() -> None:
    doc = front("---\nwords: 120\nreading_time: 1\nfile: x.txt\nauthor: Jean Dupont\n---\nT.")
    assert not doc.problems
    assert doc.overrides == {"authors": "Jean Dupont"}


@pytest.mark.parametrize(
    ("block", "reason"),
    [
        ("title: [unclosed\n", "malformed front matter"),
        ("title: a\n  bad: indent\n", "malformed front matter"),
        ("- a list\n- not a mapping\n", "not a mapping"),
        ("title: ok\ncolour: blue\n", "unknown key 'colour'"),
        ("title: [a, b]\n", "'title' should be str, got list"),
        ("authors: {name: x}\n", "'authors' should be list or str, got dict"),
        ("authors: [[a]]\n", "'authors' should be a list of names"),
        ("date: tomorrow\n", "date 'tomorrow' is not a date"),
        ("date: [2025]\n", "'date' should be"),
        ("language: français\n", "not a language code"),
        ("original: {title: t, pays: x}\n", "unknown key 'original.pays'"),
        ("original: {date: bientôt}\n", "original date 'bientôt' is not a date"),
        ("summary: true\n", "'summary' should be str, got bool"),
    ],
)
def test_bad_front_matter_is_reported_and_the_text_kept(block: str, reason: str) -> None:
    doc = front(f"---\n{block}---\nLe texte reste.\n", "bad.md")
    assert not doc.failed
    assert doc.text == "Le texte reste.\n"
    assert any(reason in p.reason for p in doc.problems), [p.reason for p in doc.problems]
    assert all(p.file == "bad.md" and p.level == "warning" for p in doc.problems)


@pytest.mark.parametrize("slug", ["../../x", "/etc/passwd", "a/../../b", "..", "~root", "a\\b"])
def test_a_slug_that_leaves_the_site_is_refused(slug: str) -> None:
    doc = front(f"---\nslug: '{slug}'\n---\nTexte.")
    assert "slug" not in doc.overrides
    assert any("would leave the articles' folder" in p.reason for p in doc.problems)


def test_a_slug_that_is_not_plain_is_refused() -> None:
    doc = front("---\nslug: Mon Slug !\n---\nTexte.")
    assert "slug" not in doc.overrides
    assert any("not a plain slug" in p.reason for p in doc.problems)


def test_unclosed_front_matter_is_reported() -> None:
    doc = front("---\ntitle: x\n\nLe texte sans fin de bloc.\n")
    assert any("not closed" in p.reason for p in doc.problems)
    assert "Le texte sans fin de bloc." in doc.text


def test_a_leading_rule_is_not_front_matter() -> None:
    doc = front("---\n\nTitre\n\nTexte.\n")
    assert not doc.problems and doc.overrides == {} and "Titre" in doc.text


def test_empty_front_matter_block() -> None:
    doc = front("---\n---\nTexte.\n")
    assert not doc.problems and doc.text == "Texte.\n"


def test_yaml_dates_and_datetimes() -> None:
    doc = front("---\ndate: 2025-03-13T10:00:00\n---\nT.")
    assert doc.overrides["date"] == dt.date(2025, 3, 13).isoformat()


# ----------------------------------------------------------------------------- which files


@pytest.mark.parametrize(
    ("name", "article"),
    [
        ("article.txt", True),
        ("article.md", True),
        ("article.markdown", True),
        ("SANS-EXTENSION", True),
        (".DS_Store", False),
        ("article.txt~", False),
        (".article.txt.swp", False),
        (".x.swp", False),
        ("#article.txt#", False),
        ("Thumbs.db", False),
        ("desktop.ini", False),
        ("photo.jpg", False),
        (".cache", False),
    ],
)
def test_which_files_are_articles(tmp_path: Path, name: str, article: bool) -> None:
    path = tmp_path / name
    path.write_bytes(b"Titre\n\nTexte.\n")
    assert is_article_file(path) is article


@pytest.mark.parametrize(
    "data",
    [b"\x81\x8d\x8f\x90\x9d" * 100, "Titre été".encode() + b"\xff\xfe\xc3(" * 50],
    ids=["undefined-bytes", "broken-utf-8"],
)
def test_bytes_no_encoding_reads_as_prose_are_undecodable(data: bytes) -> None:
    doc = read_document("x.txt", data)
    assert doc.failed and "undecodable" in doc.problems[0].reason


def test_utf8_with_a_stray_byte_is_read_with_a_warning() -> None:
    data = ("Le président a été élu à Genève, où il réside. " * 5).encode() + b"\x92 fin."
    doc = read_document("x.txt", data)
    assert not doc.failed and doc.text.endswith("\ufffd fin.")
    assert [p.reason for p in doc.problems] == ["1 byte(s) are not valid UTF-8: shown as \ufffd"]
