# read-only policy for the broker's Vault agent
path "kv/data/ims-broker/*" {
  capabilities = ["read"]
}

path "kv/metadata/ims-broker/*" {
  capabilities = ["list"]
}
