"""Daily scoring job."""
import aepp
import cjapy
import pandas as pd

from uwrisk import registry
from uwrisk.publish import publish


def main() -> None:
    aepp.importConfigFile("config/aepp_prod.json")
    cjapy.importConfigFile("config/cja_prod.json")
    cja = cjapy.CJA()
    journeys = cja.getReport({"dataView": "dv_5f1c2e3d4a6b", "dimension": "variables/quote_id"})
    registry.configure()
    import mlflow
    model = mlflow.pyfunc.load_model("models:/quote-abandonment/Production")
    scores = pd.DataFrame({"quote_id": journeys["quote_id"], "score": model.predict(journeys)})
    scores["model"] = "quote-abandonment@Production"
    publish(scores)


if __name__ == "__main__":
    main()
