resource "github_actions_organization_secret" "adobe_aep_ingest_client_secret" {
  secret_name     = "ADOBE_AEP_CLIENT_SECRET"
  visibility      = "selected"
  plaintext_value = data.sops_file.secrets.data["adobe_aep_ingest_client_secret"]
  selected_repository_ids = [
    data.github_repository.aep_streaming.repo_id,
  ]
}

data "github_repository" "aep_streaming" {
  full_name = "acme-data/aep-streaming"
}
