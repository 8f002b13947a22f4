"""Stands: their name, validation, and the public view without the contact."""

from __future__ import annotations

import pytest

from boothmanager.domain import Amenity, InvalidValue, Stand
from boothmanager.domain.stand import MAX_NAME


def test_public_drops_only_the_contact() -> None:
    stand = Stand(id=1, organisation="Auslandsgesellschaft Sachsen-Anhalt e.V.", project="IKOE",
                  description="d", theme="t", website="https://example.org",
                  contact="Erika Muster, 0391 123", needs=frozenset({Amenity.POWER}))
    public = stand.public()
    assert public.contact == ""
    assert public == Stand(id=1, organisation=stand.organisation, project="IKOE", description="d",
                           theme="t", website="https://example.org",
                           needs=frozenset({Amenity.POWER}))
    assert stand.contact == "Erika Muster, 0391 123"


@pytest.mark.parametrize(("organisation", "project", "name"), [
    ("AGSA", "IKOE", "IKOE"), ("AGSA", "", "AGSA"), ("", "IKOE", "IKOE"), ("AGSA", "  ", "AGSA"),
])
def test_name_is_the_project_else_the_organisation(organisation: str, project: str,
                                                   name: str) -> None:
    assert Stand(organisation=organisation, project=project).name == name


@pytest.mark.parametrize(("organisation", "project"), [("", ""), (" ", "\t")])
def test_needs_a_name(organisation: str, project: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        Stand(organisation=organisation, project=project)
    assert caught.value.field == "stand"


@pytest.mark.parametrize("field", ["organisation", "project"])
def test_names_have_a_limit(field: str) -> None:
    Stand(**{"organisation": "x", "project": "x", field: "y" * MAX_NAME})
    with pytest.raises(InvalidValue) as caught:
        Stand(**{"organisation": "x", "project": "x", field: "y" * (MAX_NAME + 1)})
    assert caught.value.field == field
    assert len(str(caught.value.value)) < 50
