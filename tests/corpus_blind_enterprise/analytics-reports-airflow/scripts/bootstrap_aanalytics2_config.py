"""One-off helper: write an empty aanalytics2 config template for a new environment."""
import sys

import aanalytics2 as api2

destination = sys.argv[1] if len(sys.argv) > 1 else "config/aanalytics2_oauth.json"
api2.createConfigFile(destination=destination, auth_type="oauthV2")
print(f"template written to {destination}; fill org_id, client_id, secret and scopes")
