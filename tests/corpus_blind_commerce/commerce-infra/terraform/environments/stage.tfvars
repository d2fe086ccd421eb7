env             = "stage"
adobe_client_id = "7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a"
