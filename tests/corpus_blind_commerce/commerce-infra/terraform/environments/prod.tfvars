env                        = "prod"
adobe_client_id            = "0c4b1f0e8d2a4c6f9b1e3a5d7c9f1b2d"
adobe_jwt_private_key_path = "keys/adobe-aep-jwt.key"
adobe_jwt_metascopes       = ["ent_dataservices_sdk", "ent_analytics_bulk_ingest_sdk"]
