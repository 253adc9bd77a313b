"""The kiosk's languages. Strings are translated with Qt's system (assets/translations/*.qm)."""

from __future__ import annotations

from pathlib import Path

LANGUAGES: dict[str, str] = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
"""Each language's name in its own language, as the buttons show it (no flags)."""

DEFAULT_LANGUAGE = "kk"
SOURCE_LANGUAGE = "en"  # the source strings in the code are English

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "assets" / "translations"


def qm_path(language: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"kiosk_{language}.qm"
