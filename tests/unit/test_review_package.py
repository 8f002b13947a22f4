"""The `.boothreview` package: round trip with answers, the seal, and every kind of tampering."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from boothmanager.domain import snapshot_document, without_private
from boothmanager.domain.review import (
    AssignmentAnswer,
    Decision,
    PinnedComment,
    ReviewAnswers,
    ReviewAnswersInvalid,
    Verdict,
)
from boothmanager.domain.review_package import (
    ANSWERS,
    MANIFEST,
    PDF,
    SEAL,
    SNAPSHOT,
    NotAReviewPackage,
    ReviewPackageDamaged,
    ReviewPackageFormat,
    ReviewPackageRefused,
    ReviewPackageTampered,
    read_package,
    with_answers,
    write_package,
)
from boothmanager.domain.review_json import answers_json

from .diff_support import BASE, SECRETS

PDF_BYTES = b"%PDF-1.4 stand list\n%%EOF\n"


def package() -> bytes:
    return write_package(manifest={"event": "Markt", "snapshot": "review-1", "previous": None},
                         document=snapshot_document(without_private(BASE)), pdf=PDF_BYTES,
                         diff={"since": None, "changes": []})


def answers() -> ReviewAnswers:
    return (ReviewAnswers(reviewer="Anna")
            .with_assignment(AssignmentAnswer("S1", 1, Decision.APPROVE))
            .with_assignment(AssignmentAnswer("S2", 2, Decision.REQUEST_CHANGE, "zu eng"))
            .with_pin(PinnedComment(level="OG", x=1_500, y=2_500, text="Notausgang frei?"))
            .with_verdict(Verdict.CHANGES, "bitte nachbessern"))


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(content: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in content.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_round_trip_with_approvals_and_pinned_comments() -> None:
    data = package()
    unanswered = read_package(data)
    assert unanswered.answers is None
    assert unanswered.event() == without_private(BASE)
    assert (unanswered.pdf, unanswered.snapshot) == (PDF_BYTES, "review-1")
    answered = with_answers(data, answers())
    back = read_package(answered)
    assert back.answers == answers()
    assert back.seal == unanswered.seal
    for name in (MANIFEST, SNAPSHOT, PDF, SEAL):  # the sealed parts are kept byte for byte
        assert parts(answered)[name] == parts(data)[name]
    assert package() == data  # the same content gives the same bytes


def test_answers_can_be_changed_again_without_breaking_the_seal() -> None:
    first = with_answers(package(), answers())
    second = with_answers(first, answers().without_assignment("S2"))
    answer = read_package(second).answers
    assert answer is not None and [a.booth for a in answer.assignments] == ["S1"]


def test_no_private_value_is_in_a_package() -> None:
    data = with_answers(package(), answers())
    text = b"".join(parts(data).values())
    for secret in SECRETS.values():
        assert secret.encode() not in text and secret.encode() not in data


@pytest.mark.parametrize(("name", "edit", "error", "fragment"), [
    (SNAPSHOT, lambda b: b.replace(b'"Eins"', b'"EINS"'), ReviewPackageTampered, "snapshot"),
    (PDF, lambda b: b + b"x", ReviewPackageTampered, "PDF"),
    (SEAL, lambda b: b.replace(b'"seal":"', b'"seal":"0'), ReviewPackageTampered, "seal"),
    (MANIFEST, lambda b: b.replace(b"review-1", b"review-9"), ReviewPackageTampered, "seal"),
    (MANIFEST, lambda b: b.replace(b'"format":1', b'"format":2'), ReviewPackageFormat,
     "format 2"),
])
def test_an_edited_part_is_refused(name, edit, error, fragment) -> None:  # noqa: ANN001
    content = parts(package())
    content[name] = edit(content[name])
    with pytest.raises(error) as refused:
        read_package(rezip(content))
    assert fragment in refused.value.describe()


@pytest.mark.parametrize(("data", "error"), [
    (b"", NotAReviewPackage),
    (b"\x00\x13random bytes" * 50, NotAReviewPackage),
    (b"{}", NotAReviewPackage),
    (rezip({}), NotAReviewPackage),
    (rezip({"notes.txt": b"hello"}), NotAReviewPackage),
    (rezip({MANIFEST: b'{"hello": 1}'}), NotAReviewPackage),
])
def test_not_a_package_at_all(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        read_package(data)


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.95])
def test_a_truncated_package_is_refused(keep: float) -> None:
    data = with_answers(package(), answers())
    with pytest.raises(ReviewPackageRefused) as refused:
        read_package(data[:int(len(data) * keep)])
    assert isinstance(refused.value, ReviewPackageDamaged | NotAReviewPackage)


def test_answers_of_another_package_or_about_unknown_booths_are_refused() -> None:
    content = parts(with_answers(package(), answers()))
    moved = dict(content, **{ANSWERS: answers_json(answers(), seal="0" * 64).encode()})
    with pytest.raises(ReviewAnswersInvalid, match="another package"):
        read_package(rezip(moved))
    seal = json.loads(content[SEAL])["seal"]
    wrong = answers().with_assignment(AssignmentAnswer("S10", 3, Decision.APPROVE))
    content[ANSWERS] = answers_json(wrong, seal=seal).encode()
    with pytest.raises(ReviewAnswersInvalid, match="S10 does not hold stand 3"):
        read_package(rezip(content))
    with pytest.raises(ReviewAnswersInvalid, match="no level 'UG'"):
        with_answers(package(), answers().with_pin(PinnedComment("UG", 0, 0, "?")))
