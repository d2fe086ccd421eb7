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


HOLDOUT = corpus_eval.CORPUS.parent / "corpus_holdout"


@pytest.fixture(scope="module")
def holdout():  # type: ignore[no-untyped-def]
    return corpus_eval.run_corpus(HOLDOUT)


def test_holdout_corpus_statuses(holdout) -> None:  # type: ignore[no-untyped-def]
    """A blind corpus, written without seeing the rules: every repo gets its labeled status."""
    result, repos = holdout
    assert corpus_eval.status_mismatches(result, repos) == []


def test_holdout_corpus_does_not_regress(holdout) -> None:  # type: ignore[no-untyped-def]
    """Line-level figures on the blind corpus (0.89 precision / 0.77 recall when first measured, 0.88 / 0.91
    after general fixes): a floor that catches regressions, not the 0.95 target (see README)."""
    result, repos = holdout
    truth, found = corpus_eval.truth_and_found(result, repos)
    overall = corpus_eval.scores(truth, found)[-1]
    assert overall.precision >= 0.90 and overall.recall >= 0.95, "\n" + corpus_eval.table(result, repos)


# More blind corpora, each written by someone who saw only the domain notes (tests/corpus_blind_*/README.md).
# Floors from their measurement (README, "Measured quality"): they catch regressions. Statuses where the corpus
# author's policy differs from the tool's documented one are listed, so any new mismatch fails.
BLIND = {
    "corpus_blind_code": (0.96, 0.93, set()),
    "corpus_blind_config": (0.91, 0.93, set()),
    "corpus_blind_mixed": (0.94, 0.96, set()),
    "corpus_blind_infra": (0.95, 0.90, set()),  # first measured 0.92 / 0.77
    "corpus_blind_apps": (0.94, 0.90, set()),  # first measured 0.86 / 0.70
    "corpus_blind_enterprise": (0.94, 0.93, set()),  # first measured 0.89 / 0.82, after every fix above
    "corpus_blind_agency": (0.86, 0.88, set()),  # first measured 0.79 / 0.84, after every fix above
    "corpus_blind_samples": (0.90, 0.89, set()),  # first measured 0.91 / 0.90, after every fix above
    # Written from a brief that wrongly listed the technical account id and the iss/sub claims as JWT markers
    # (the domain notes say they are shared with OAuth): their labels count against recall here.
    "corpus_blind_legacy": (0.84, 0.75, set()),  # first measured 0.79 / 0.68, after every fix above
    "corpus_blind_cloud": (0.91, 0.74, set()),  # first measured 0.89 / 0.68, after every fix above
    # Written from a corrected brief (the domain notes' policy on ids and claims), after every fix above.
    "corpus_blind_saas": (0.87, 0.87, set()),  # first measured 0.85 / 0.82
    "corpus_blind_scripts": (0.92, 0.83, set()),  # first measured 0.89 / 0.79, 2 of 12 statuses wrong
    "corpus_blind_media": (0.91, 0.93, set()),  # first measured 0.92 / 0.95, 1 of 12 statuses wrong
    "corpus_blind_commerce": (0.87, 0.88, set()),  # first measured 0.88 / 0.87, all statuses right
    "corpus_blind_finance": (0.86, 0.80, set()),  # first measured 0.86 / 0.76, all statuses right
    "corpus_blind_public": (0.81, 0.90, set()),  # first measured 0.82 / 0.91, 1 of 12 statuses wrong
}


@pytest.mark.parametrize("name", sorted(BLIND))
def test_blind_corpora_do_not_regress(name: str) -> None:
    precision, recall, known = BLIND[name]
    result, repos = corpus_eval.run_corpus(corpus_eval.CORPUS.parent / name)
    truth, found = corpus_eval.truth_and_found(result, repos)
    overall = corpus_eval.scores(truth, found)[-1]
    assert overall.precision >= precision and overall.recall >= recall, "\n" + corpus_eval.table(result, repos)
    assert set(corpus_eval.status_mismatches(result, repos)) <= known
