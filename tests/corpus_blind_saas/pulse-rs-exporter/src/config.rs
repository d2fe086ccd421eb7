use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct ImsSettings {
    pub host: String,
    pub token_path: String,
    pub client_id: String,
    pub client_secret: String,
    pub org_id: String,
    pub scopes: Vec<String>,
    pub refresh_margin_secs: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub server: Server,
    pub ims: ImsSettings,
    pub cja: Cja,
    pub events: Events,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Server {
    pub bind: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Cja {
    pub base_url: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Events {
    pub public_key_base: String,
}

impl Settings {
    pub fn load() -> anyhow::Result<Self> {
        let env = std::env::var("PULSE_ENV").unwrap_or_else(|_| "development".into());
        let cfg = config::Config::builder()
            .add_source(config::File::with_name("config/default"))
            .add_source(config::File::with_name(&format!("config/{env}")).required(false))
            .add_source(config::Environment::with_prefix("PULSE").separator("__"))
            .build()?;
        Ok(cfg.try_deserialize()?)
    }
}
