"""Where the bundled resources live: fonts, translations, the demo event."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
FONTS = RESOURCES / "fonts"
TRANSLATIONS = RESOURCES / "translations"
DEMO_EVENT = RESOURCES / "demo" / "buko2020.json"
APP_ICON = RESOURCES / "icons" / "boothmanager.png"
