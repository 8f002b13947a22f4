"""Themes that nearly repeat another are noted, with the spelling to keep."""

from __future__ import annotations

from boothmanager.domain.sheets.themes import ThemeNote, near, theme_notes

THEME = "Strukturorientierte Integrationsarbeit"


def test_near_is_a_typo_or_another_case_not_another_theme() -> None:
    assert near("Strukturorientierte Integrationsarbiet", THEME)
    assert near("strukturorientierte  integrationsarbeit", THEME)
    assert not near(THEME, THEME)
    assert not near("Bildung", "Bindung und Bildung")
    assert not near("IT", "KI")  # short names are compared as they are
    assert not near("Forum 1", "Forum 11") and not near("Forum 2", "Forum 3")


def test_the_events_spelling_is_kept_and_the_sheets_rarer_one_noted() -> None:
    themes = {2: "Kultur", 3: "Kutlur", 4: "Kultur", 5: "strukturorientierte integrationsarbeit",
              6: "Sport"}
    assert theme_notes(themes, [THEME, ""]) == (
        ThemeNote(3, "Kutlur", "Kultur", existing=False),
        ThemeNote(5, "strukturorientierte integrationsarbeit", THEME, existing=True))


def test_on_a_tie_the_first_spelling_is_kept() -> None:
    assert theme_notes({7: "Umwelt", 4: "Umwelt ", 9: "Umwellt"}, []) == (
        ThemeNote(7, "Umwelt", "Umwelt ", existing=False),
        ThemeNote(9, "Umwellt", "Umwelt ", existing=False))


def test_no_notes_without_near_themes() -> None:
    assert theme_notes({2: "Kultur", 3: "Sport"}, ["Bildung"]) == ()
