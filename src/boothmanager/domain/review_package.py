"""The `.boothreview` package: a sealed zip of snapshot, PDF, diff and manifest, plus answers."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from typing import Any

from boothmanager.domain.errors import DomainError
from boothmanager.domain.event import Event
from boothmanager.domain.review import ReviewAnswers
from boothmanager.domain.review_json import answers_from_json, answers_json, check_answers_fit
from boothmanager.domain.snapshot_document import (
    SnapshotUnreadable,
    canonical_json,
    document_sha256,
    event_from_snapshot,
)

PACKAGE_FORMAT = 1  # raised whenever the package's shape or seal changes
MANIFEST, SNAPSHOT, DIFF, PDF = "manifest.json", "snapshot.json", "diff.json", "plan.pdf"
SEAL, ANSWERS = "seal.json", "answers.json"
SEALED = (MANIFEST, SNAPSHOT, DIFF, PDF)  # in the order the seal reads them
PARTS = frozenset({*SEALED, SEAL, ANSWERS})
MAX_PART = 256 * 1024 * 1024  # a larger part is a damaged or hostile file, not a plan
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the same content gives the same bytes


class ReviewPackageRefused(DomainError):
    """A file that cannot be used as a review package; `reason` says why."""

    def __init__(self, *, reason: str) -> None:
        self.reason = reason
        super().__init__(reason=reason)

    def describe(self) -> str:
        return f"the review package is refused: {self.reason}"


class NotAReviewPackage(ReviewPackageRefused):
    """Not a package at all: not a zip, or a zip without a package's parts."""


class ReviewPackageDamaged(ReviewPackageRefused):
    """A zip that cannot be read whole: truncated, or its bytes damaged."""


class ReviewPackageFormat(ReviewPackageRefused):
    """A package of a format version this version does not read."""


class ReviewPackageTampered(ReviewPackageRefused):
    """The sealed content and the seal disagree: something was edited after export."""


@dataclass(frozen=True, slots=True)
class ReviewPackage:
    """A verified package: what the seal covers, the seal, and the answers if any."""

    manifest: dict[str, Any]
    document: str = field(repr=False)  # the snapshot document, private data removed
    diff: dict[str, Any] = field(repr=False)  # {"since": name or None, "changes": [...]}
    pdf: bytes = field(repr=False)
    seal: str = ""
    answers: ReviewAnswers | None = None

    @property
    def snapshot(self) -> str:
        return str(self.manifest["snapshot"])

    def event(self) -> Event:
        return event_from_snapshot(self.document)


def compute_seal(parts: dict[str, bytes]) -> str:
    """The hex SHA-256 over every sealed part, each framed by its name and length."""
    digest = hashlib.sha256(b"boothreview seal 1\n")
    for name in SEALED:
        data = parts[name]
        digest.update(f"{name}\n{len(data)}\n".encode("ascii"))
        digest.update(data)
    return digest.hexdigest()


def write_package(*, manifest: dict[str, Any], document: str, pdf: bytes,
                  diff: dict[str, Any]) -> bytes:
    """A new, unanswered package; the manifest gains the format and the parts' digests."""
    manifest = {**manifest, "format": PACKAGE_FORMAT, "snapshot_sha256": document_sha256(document),
                "pdf_sha256": hashlib.sha256(pdf).hexdigest()}
    parts = {MANIFEST: canonical_json(manifest).encode("ascii"),
             SNAPSHOT: document.encode("utf-8"), DIFF: canonical_json(diff).encode("ascii"),
             PDF: pdf}
    parts[SEAL] = canonical_json({"algorithm": "sha256",
                                  "seal": compute_seal(parts)}).encode("ascii")
    return zip_parts(parts)


def with_answers(data: bytes, answers: ReviewAnswers) -> bytes:
    """The verified package `data` with `answers` as its answers; sealed parts kept as they are."""
    package = read_package(data)
    check_answers_fit(answers, package.event())
    parts = read_parts(data)
    parts[ANSWERS] = answers_json(answers, seal=package.seal).encode("ascii")
    return zip_parts(parts)


def zip_parts(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in (*SEALED, SEAL, ANSWERS):
            if name in parts:
                info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
                info.compress_type = zipfile.ZIP_STORED if name == PDF else zipfile.ZIP_DEFLATED
                archive.writestr(info, parts[name])
    return buffer.getvalue()


def read_parts(data: bytes) -> dict[str, bytes]:
    """The zip's parts by name; NotAReviewPackage or ReviewPackageDamaged if it is no good zip."""
    if not data.startswith(b"PK"):
        raise NotAReviewPackage(reason="the file is not a review package (not a zip file)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = [info.filename for info in infos]
            if not names:
                raise NotAReviewPackage(reason="the zip file is empty")
            if len(set(names)) < len(names) or not set(names) <= PARTS:
                strange = sorted(set(names) - PARTS) or ["a part twice"]
                raise NotAReviewPackage(reason=f"unexpected parts: {', '.join(strange)}")
            if any(info.file_size > MAX_PART for info in infos):
                raise ReviewPackageDamaged(reason="a part is implausibly large")
            return {info.filename: archive.read(info) for info in infos}
    except zipfile.BadZipFile as error:
        raise ReviewPackageDamaged(reason=f"the file is truncated or damaged ({error})") from None
    except (EOFError, OSError, ValueError, NotImplementedError) as error:
        raise ReviewPackageDamaged(reason=f"the file is truncated or damaged ({error})") from None


def json_part(parts: dict[str, bytes], name: str) -> Any:
    try:
        return json.loads(parts[name].decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise ReviewPackageTampered(reason=f"its {name} is not valid JSON") from None


def read_package(data: bytes) -> ReviewPackage:
    """The package in `data`, verified: every sealed part matches the manifest and the seal."""
    parts = read_parts(data)
    missing = [name for name in (*SEALED, SEAL) if name not in parts]
    if MANIFEST in missing:
        raise NotAReviewPackage(reason="the zip file holds no review package manifest")
    manifest = json_part(parts, MANIFEST)
    if not isinstance(manifest, dict) or "format" not in manifest:
        raise NotAReviewPackage(reason="the manifest is not a review package's")
    if type(manifest["format"]) is not int or manifest["format"] != PACKAGE_FORMAT:
        raise ReviewPackageFormat(reason=f"package format {manifest['format']!r}; this version "
                                         f"reads format {PACKAGE_FORMAT}")
    if missing:
        raise ReviewPackageDamaged(reason=f"parts are missing: {', '.join(missing)}")
    if hashlib.sha256(parts[SNAPSHOT]).hexdigest() != manifest.get("snapshot_sha256"):
        raise ReviewPackageTampered(reason="the snapshot was changed after export (its SHA-256 "
                                           "does not match)")
    if hashlib.sha256(parts[PDF]).hexdigest() != manifest.get("pdf_sha256"):
        raise ReviewPackageTampered(reason="the PDF was changed after export")
    seal = json_part(parts, SEAL)
    if not isinstance(seal, dict) or seal.get("seal") != compute_seal(parts):
        raise ReviewPackageTampered(reason="the seal does not match the content (the seal or "
                                           "the manifest was changed after export)")
    try:
        document = parts[SNAPSHOT].decode("utf-8")
        event = event_from_snapshot(document)
    except (UnicodeDecodeError, SnapshotUnreadable) as error:
        raise ReviewPackageDamaged(reason=f"its snapshot cannot be read ({error})") from None
    answers = None
    if ANSWERS in parts:
        answers = answers_from_json(parts[ANSWERS].decode("utf-8", "replace"),
                                    seal=seal["seal"])
        check_answers_fit(answers, event)
    return ReviewPackage(manifest=manifest, document=document, diff=json_part(parts, DIFF),
                         pdf=parts[PDF], seal=seal["seal"], answers=answers)
