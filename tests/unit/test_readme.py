"""The README is the entry point: short, and every document in docs/ is linked from it."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_is_at_most_200_lines_and_links_every_doc() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 200
    docs = sorted(p.name for p in (ROOT / "docs").glob("*.md"))
    assert "architecture.md" in docs
    assert [name for name in docs if f"(docs/{name}" not in readme] == []
