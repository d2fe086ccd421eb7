"""One-off: write an empty aanalytics2 config for OAuth Server-to-Server."""
import aanalytics2 as api2

api2.createConfigFile(destination="config/analytics-config.json", auth_type="oauthV2")
