pid_file = "/run/vault-agent.pid"

auto_auth {
  method "approle" {
    mount_path = "auth/approle"
    config = {
      role_id_file_path   = "/etc/vault/role-id"
      secret_id_file_path = "/etc/vault/secret-id"
      remove_secret_id_file_after_reading = false
    }
  }
}

template {
  source      = "/etc/vault/templates/adobe-campaign.env.ctmpl"
  destination = "/opt/mops/mops-campaign-bash/.env"
  perms       = "0600"
}

template {
  source      = "/etc/vault/templates/adobe-private.key.ctmpl"
  destination = "/opt/mops/certs/private.key"
  perms       = "0400"
}
