"""Measured quality: precision and recall per kind on the labeled corpus must stay at or above 0.95."""
from __future__ import annotations

import pytest

from tests import corpus_eval

THRESHOLD = 0.95


@pytest.fixture(scope="module")
def corpus():  # type: ignore[no-untyped-def]
    return corpus_eval.run_corpus()


def test_precision_and_recall_per_kind(corpus) -> None:  # type: ignore[no-untyped-def]
    result, repos = corpus
    truth, found = corpus_eval.truth_and_found(result, repos)
    low = [s for s in corpus_eval.scores(truth, found) if s.precision < THRESHOLD or s.recall < THRESHOLD]
    assert not low, "\n" + corpus_eval.table(result, repos)


def test_every_repo_and_integration_has_the_labeled_status(corpus) -> None:  # type: ignore[no-untyped-def]
    result, repos = corpus
    assert corpus_eval.status_mismatches(result, repos) == []
