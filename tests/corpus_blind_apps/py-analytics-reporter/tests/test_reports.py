from unittest import mock

from reporter import reports


def test_parse_totals_maps_metric_names():
    payload = {"summaryData": {"totals": [120.0, 340.0, 7.0, 812.5]}}
    assert reports.parse_totals(payload) == {
        "visits": 120.0, "pageviews": 340.0, "orders": 7.0, "revenue": 812.5,
    }


@mock.patch("reporter.cli.requests.post")
@mock.patch("reporter.cli.daily_totals", return_value={"visits": 1.0})
@mock.patch.dict("os.environ", {"WEB_METRICS_SLACK_WEBHOOK": "https://hooks.slack.invalid/T000/B000/XXX"})
def test_cli_posts_to_slack(_totals, post):
    from reporter import cli
    assert cli.main(["--date", "2024-02-01"]) == 0
    assert post.call_args.args[0].startswith("https://hooks.slack.invalid/")
