# ops-util-02 vault-agent role "mops-campaign-sync"
path "secret/data/mops/adobe-campaign" {
  capabilities = ["read"]
}

path "secret/data/mops/marketo" {
  capabilities = ["read"]
}
