from airflow.models import DagBag


def test_no_import_errors():
    bag = DagBag(include_examples=False)
    assert not bag.import_errors
