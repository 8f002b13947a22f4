"""Stands: their name, validation, and the public view without the private fields."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from boothmanager.domain import Amenity, InvalidValue, Stand, StandStatus
from boothmanager.domain.stand import MAX_NAME, PRIVATE_FIELDS


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


def test_public_drops_every_private_field_and_keeps_the_rest() -> None:
    stand = Stand("Verein", "Projekt", contact="Frau Muster, vormittags",
                  contact_name="Erika Muster", email="erika@example.org", phone="+49 345 123",
                  notes="zahlt spät", min_area_mm2=9_000_000, table_length_mm=1_800,
                  staff_count=2, setup_at=datetime(2020, 9, 21, 7), status=StandStatus.ACCEPTED,
                  needs=frozenset({Amenity.WATER, Amenity.STEP_FREE}))
    public = stand.public()
    assert set(PRIVATE_FIELDS) == {"contact", "contact_name", "email", "phone", "notes"}
    assert all(getattr(public, name) == "" for name in PRIVATE_FIELDS)
    assert public == replace(stand, contact="", contact_name="", email="", phone="", notes="")


def test_new_fields_have_defaults() -> None:
    stand = Stand("Verein", "Projekt")
    assert (stand.contact_name, stand.email, stand.phone, stand.notes) == ("", "", "", "")
    assert (stand.min_area_mm2, stand.table_length_mm, stand.staff_count) == (None, None, None)
    assert (stand.setup_at, stand.teardown_at) == (None, None)
    assert stand.status is StandStatus.APPLIED


@pytest.mark.parametrize(("changes", "field"), [
    ({"email": "erika@"}, "email"),
    ({"email": "erika example.org"}, "email"),
    ({"email": "a@b"}, "email"),
    ({"min_area_mm2": 0}, "min_area_mm2"),
    ({"min_area_mm2": 12.5}, "min_area_mm2"),
    ({"table_length_mm": -1}, "table_length_mm"),
    ({"staff_count": True}, "staff_count"),
    ({"setup_at": datetime(2020, 9, 22), "teardown_at": datetime(2020, 9, 21)}, "teardown_at"),
    ({"status": "maybe"}, "status"),
    ({"needs": frozenset({"gas"})}, "needs"),
    ({"phone": "1" * 501}, "phone"),
    ({"description": "x" * 10_001}, "description"),
])
def test_record_values_are_checked(changes: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        Stand("Verein", "Projekt", **changes)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_status_and_needs_given_as_text_become_enums() -> None:
    stand = Stand("Verein", "Projekt", status="placed",  # type: ignore[arg-type]
                  needs=frozenset({"water"}))  # type: ignore[arg-type]
    assert stand.status is StandStatus.PLACED
    assert stand.needs == {Amenity.WATER}
