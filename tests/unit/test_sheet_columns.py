"""Which column is which field: English and German headers, a mapping, and sheet refusals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from boothmanager.domain.sheets import (
    ALIASES,
    GERMAN,
    Column,
    SheetProblemKind,
    UnusableSheet,
    plan_columns,
)
from boothmanager.domain.sheets.columns import KNOWN, header_key


def fields(headers: list[str], mapping: dict[str, str | None] | None = None) -> dict[str, str]:
    plan = plan_columns(headers, mapping)
    return {headers[index]: column.value for index, column in plan.fields}


def test_english_field_names_need_no_mapping() -> None:
    headers = [column.value for column in Column]
    assert fields(headers) == {name: name for name in headers}


def test_german_names_need_no_mapping() -> None:
    headers = [GERMAN[column] for column in Column]
    assert fields(headers) == {GERMAN[column]: column.value for column in Column}


@pytest.mark.parametrize(("header", "field"), [
    ("E-Mail", "email"), ("e_mail", "email"), ("EMAIL", "email"), ("Webseite", "website"),
    ("Fläche (m²)", "area_m2"), ("Fläche", "area_m2"), ("area_m2", "area_m2"),
    ("Ansprechpartnerin", "contact_name"), ("Stand-Nr.", "booth"), ("Stand", "booth"),
    ("  Organisation  ", "organisation"), ("Organization", "organisation"),
    ("barrierefrei", "step_free"), ("Tel.", "phone"), ("Strom", "power"),
])
def test_common_spellings(header: str, field: str) -> None:
    assert fields(["Projekt", header]) == {"Projekt": "project", header: field}


def test_every_alias_names_one_field() -> None:
    for column, names in ALIASES.items():
        for name in names:
            assert KNOWN[header_key(name)] is column, name


def test_a_mapping_overrides_and_skips_and_unknown_headers_are_ignored() -> None:
    headers = ["Name", "Vorhaben", "Kommentar", "Thema", ""]
    plan = plan_columns(headers, {"name": "organisation", "Vorhaben": "Projekt", "Thema": None})
    assert {headers[i]: c for i, c in plan.fields} == {"Name": Column.ORGANISATION,
                                                       "Vorhaben": Column.PROJECT}
    assert plan.ignored == ("Kommentar",)


@pytest.mark.parametrize(("headers", "mapping", "kind"), [
    (["Name", "Kommentar"], None, SheetProblemKind.NO_NAME_COLUMN),
    (["Organisation"], {"Träger": "organisation"}, SheetProblemKind.MISSING_COLUMN),
    (["Name"], {"Name": "colour"}, SheetProblemKind.UNKNOWN_FIELD),
    (["Organisation", "organization"], None, SheetProblemKind.DUPLICATE_FIELD),
    (["Name", "Organisation"], {"Name": "organisation"}, SheetProblemKind.DUPLICATE_FIELD),
])
def test_unusable_headers(headers: list[str], mapping: dict[str, str | None] | None,
                          kind: SheetProblemKind) -> None:
    with pytest.raises(UnusableSheet) as caught:
        plan_columns(headers, mapping)
    assert [problem.kind for problem in caught.value.problems] == [kind]
    assert caught.value.describe()


NAMES = st.one_of(st.text(max_size=12), st.sampled_from(
    [*(c.value for c in Column), *GERMAN.values(), "Kommentar", "", " ", "E-Mail", "e_mail"]))


@settings(max_examples=300, deadline=None)
@given(headers=st.lists(NAMES, max_size=10),
       mapping=st.none() | st.dictionaries(NAMES, st.none() | NAMES, max_size=4))
def test_any_header_row_is_planned_or_refused_as_unusable(
        headers: list[str], mapping: dict[str, str | None] | None) -> None:
    try:
        plan = plan_columns(headers, mapping)
    except UnusableSheet as refused:
        assert refused.problems and refused.describe()
        return
    fields = [column for _, column in plan.fields]
    assert len(fields) == len(set(fields))
    assert Column.ORGANISATION in fields or Column.PROJECT in fields
