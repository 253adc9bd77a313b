"""The translations are complete, consistent with the code, compiled, and really used."""

from __future__ import annotations

import ast
import filecmp
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from kiosk_driver import (
    PLACEHOLDER,
    TRANSLATIONS,
    button,
    expected,
    messages,
    parse_ts,
    text_of,
)
from PySide6.QtCore import QCoreApplication

from kiosk.printed_text import TR_CONTEXT
from kiosk.receive.ticket import TICKET_STRINGS

ROOT = TRANSLATIONS.parents[1]
LANGUAGES = ("kk", "ru", "en")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# Calls that put text on screen; a literal string there would never be translated.
TEXT_SETTERS = {"setText", "setPlaceholderText", "setToolTip", "setAccessibleName"}
TEXT_WIDGETS = {"QLabel", "QPushButton"}
NOT_TRANSLATED = {"devdock.py"}  # the mock-hardware panel: a developer and QA tool, English only


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found: pip install PySide6")
    return found


def ts_messages(path: Path) -> list[ET.Element]:
    return list(parse_ts(path).iter("message"))


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished_and_not_empty(language):
    found = ts_messages(TRANSLATIONS / f"kiosk_{language}.ts")
    assert found
    for message in found:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None, source
        assert translation.get("type") is None, (
            f"{language}: {source!r} is {translation.get('type')}"
        )
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        assert all(form and form.strip() for form in forms), f"{language}: {source!r} is empty"


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_translations_are_not_left_in_english(language):
    untranslated = [source for (_, source), forms in messages(language).items() if source in forms]
    assert untranslated == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match_the_source(language):
    for message in ts_messages(TRANSLATIONS / f"kiosk_{language}.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text]
        for form in forms:
            assert placeholders(form) == placeholders(source), f"{language}: {source!r} → {form!r}"


def test_kazakh_uses_kazakh_letters_and_russian_does_not():
    kazakh = " ".join(" ".join(forms) for forms in messages("kk").values())
    russian = " ".join(" ".join(forms) for forms in messages("ru").values())
    assert set(kazakh) & KAZAKH_LETTERS >= set("әғқңөұүі")
    assert not set(russian) & KAZAKH_LETTERS


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_files_hold_exactly_the_strings_of_the_code(language, tmp_path):
    """pyside6-lupdate on ui/ and kiosk/ finds no string missing from, or extra in, the .ts."""
    fresh = tmp_path / f"kiosk_{language}.ts"
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            "ui",
            "kiosk",
            "-ts",
            str(fresh),
        ],
        cwd=ROOT,
        check=True,
        timeout=60,
    )

    def keys(path: Path) -> set[tuple[str, str]]:
        return {
            (context.findtext("name"), message.findtext("source"))
            for context in parse_ts(path).iter("context")
            for message in context.iter("message")
        }

    assert keys(fresh) == keys(TRANSLATIONS / f"kiosk_{language}.ts")


def test_every_ticket_label_is_in_the_ticket_context():
    for language in LANGUAGES:
        for source in TICKET_STRINGS.values():
            assert (TR_CONTEXT, source) in messages(language), (language, source)


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_qm_is_compiled_from_the_committed_ts(language, tmp_path):
    compiled = tmp_path / f"kiosk_{language}.qm"
    subprocess.run(
        [
            tool("pyside6-lrelease"),
            "-silent",
            str(TRANSLATIONS / f"kiosk_{language}.ts"),
            "-qm",
            str(compiled),
        ],
        check=True,
        timeout=60,
    )
    committed = TRANSLATIONS / f"kiosk_{language}.qm"
    assert filecmp.cmp(compiled, committed, shallow=False), (
        f"{committed.name} is stale: run tools/update_translations.sh"
    )


def test_no_visible_text_bypasses_translation():
    """No literal string goes to setText, QLabel(...), QPushButton(...) and the like in ui/."""
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.name in NOT_TRANSLATED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if (
                name in TEXT_SETTERS | TEXT_WIDGETS
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and any(ch.isalpha() for ch in first.value)
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {first.value!r}")
    assert offenders == []


def test_the_kazakh_translator_makes_the_home_screen_kazakh(qtbot, kiosk):
    assert kiosk.controller.language == "kk"
    welcome = text_of(kiosk.window, "welcome")
    assert welcome != "Collect or send a parcel"
    assert welcome == expected("kk", "HomeScreen", "Collect or send a parcel")
    assert set(welcome) & KAZAKH_LETTERS
    receive = button(kiosk.window, "receive").text()
    assert receive == expected("kk", "HomeScreen", "Receive a parcel")
    assert [button(kiosk.window, f"lang_{c}").text() for c in LANGUAGES] == [
        "Қазақша",
        "Русский",
        "English",
    ]


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("ru", {1: "1 секунду", 3: "3 секунды", 5: "5 секунд", 21: "21 секунду", 11: "11 секунд"}),
        ("en", {1: "1 second.", 2: "2 seconds."}),
        ("kk", {1: "1 секундтан", 30: "30 секундтан"}),
    ],
)
def test_plural_forms_follow_the_number(qtbot, kiosk, language, counts):
    kiosk.controller.set_language(language)
    for n, words in counts.items():
        text = QCoreApplication.translate("IdleOverlay", "Returning to the start in %n s.", "", n)
        assert words in text, (language, n, text)


def test_the_item_kinds_read_the_same_on_every_screen() -> None:
    """One context for the kinds: the list of items and the result screen cannot disagree (they
    once did, in Kazakh: Шағын пакет beside Ұсақ пакет)."""
    for language in ("kk", "ru"):
        source = TRANSLATIONS / f"kiosk_{language}.ts"
        root = ET.parse(source).getroot()  # noqa: S314 - the project's own file
        kinds = [
            message.findtext("source")
            for context in root.iter("context")
            if context.findtext("name") != TR_CONTEXT  # the printed ticket's own words
            for message in context.iter("message")
            if message.findtext("source") in ("Small package", "Parcel locker item")
        ]
        assert sorted(kinds) == ["Parcel locker item", "Small package"], language
