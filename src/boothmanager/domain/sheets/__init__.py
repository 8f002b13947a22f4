"""Stand sheets: reading CSV and XLSX, checking each row, and writing stands out again."""

from boothmanager.domain.sheets.columns import ALIASES, GERMAN, Column, ColumnPlan, plan_columns
from boothmanager.domain.sheets.export import neutralised, stand_table, write_table
from boothmanager.domain.sheets.problems import (
    ImportRefused,
    RowProblem,
    RowProblemKind,
    SheetProblem,
    SheetProblemKind,
    UnusableSheet,
)
from boothmanager.domain.sheets.reading import read_csv, read_sheet, read_xlsx, worksheet_names
from boothmanager.domain.sheets.rows import (
    ImportPlan,
    ImportRow,
    Sheet,
    SheetRow,
    plan_import,
    stand_key,
)

__all__ = [
    "ALIASES", "GERMAN", "Column", "ColumnPlan", "ImportPlan", "ImportRefused", "ImportRow",
    "RowProblem", "RowProblemKind", "Sheet", "SheetProblem", "SheetProblemKind", "SheetRow",
    "UnusableSheet", "neutralised", "plan_columns", "plan_import", "read_csv", "read_sheet",
    "read_xlsx", "stand_key", "stand_table", "worksheet_names", "write_table",
]
