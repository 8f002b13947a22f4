"""Stands: what an exhibitor shows, with a private contact that never goes on public prints."""

from __future__ import annotations

from dataclasses import dataclass, replace

from boothmanager.domain.booth import Amenity
from boothmanager.domain.errors import InvalidValue

MAX_NAME = 500


@dataclass(frozen=True, slots=True)
class Stand:
    """An exhibitor's stand; `id` is None until the event file gives it one."""

    organisation: str
    project: str
    id: int | None = None
    description: str = ""
    theme: str = ""
    website: str = ""
    contact: str = ""
    needs: frozenset[Amenity] = frozenset()
    placeholder: bool = False

    def __post_init__(self) -> None:
        if not self.project.strip() and not self.organisation.strip():
            raise InvalidValue(field="stand", value="", reason="needs a project or an organisation")
        for name in ("organisation", "project"):
            if len(getattr(self, name)) > MAX_NAME:
                raise InvalidValue(field=name, value=getattr(self, name)[:40] + "…",
                                   reason=f"at most {MAX_NAME} characters")

    @property
    def name(self) -> str:
        """The name people look for: the project, else the organisation."""
        return self.project if self.project.strip() else self.organisation

    def public(self) -> Stand:
        """The stand as it may appear on public prints: no private contact."""
        return replace(self, contact="")
