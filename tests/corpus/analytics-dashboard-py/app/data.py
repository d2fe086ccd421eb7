import aanalytics2 as api2
import pandas as pd

api2.importConfigFile("config/analytics-config.json")
login = api2.Login()
company_id = login.getCompanyId()[0]["globalCompanyId"]
analytics = api2.Analytics(company_id)


def top_pages(rsid: str = "acme.global.prod", days: int = 7) -> pd.DataFrame:
    return analytics.getReport2(request=f"reports/top_pages_{days}d.json").dataframe
