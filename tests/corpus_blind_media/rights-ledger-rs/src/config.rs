use std::env;

/// Firefly Services credential (OAuth Server-to-Server).
#[derive(Clone, Debug)]
pub struct AdobeConfig {
    pub client_id: String,
    pub client_secret: String,
    pub scopes: String,
}

const DEFAULT_SCOPES: &str = "openid,AdobeID,session,additional_info,read_organizations,firefly_api,ff_apis";

impl AdobeConfig {
    pub fn from_env() -> Result<Self, env::VarError> {
        Ok(Self {
            client_id: env::var("FIREFLY_SERVICES_CLIENT_ID")?,
            client_secret: env::var("FIREFLY_SERVICES_CLIENT_SECRET")?,
            scopes: env::var("FIREFLY_SERVICES_SCOPES").unwrap_or_else(|_| DEFAULT_SCOPES.to_string()),
        })
    }
}

#[derive(Clone, Debug)]
pub struct Settings {
    pub database_url: String,
    pub partner_webhook_secret: String,
    pub bind_addr: String,
    pub adobe: AdobeConfig,
}

impl Settings {
    pub fn from_env() -> Result<Self, env::VarError> {
        Ok(Self {
            database_url: env::var("DATABASE_URL")?,
            partner_webhook_secret: env::var("PARTNER_WEBHOOK_SECRET")?,
            bind_addr: env::var("BIND_ADDR").unwrap_or_else(|_| "0.0.0.0:8080".into()),
            adobe: AdobeConfig::from_env()?,
        })
    }
}
