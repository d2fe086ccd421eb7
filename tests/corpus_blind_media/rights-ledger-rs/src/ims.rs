//! Access tokens for Firefly Services (OAuth Server-to-Server).

use std::time::{Duration, Instant};

use serde::Deserialize;
use tokio::sync::Mutex;

use crate::config::AdobeConfig;

const TOKEN_URL: &str = "https://ims-na1.adobelogin.com/ims/token/v3";

#[derive(Debug, Deserialize)]
struct TokenResponse {
    access_token: String,
    token_type: String,
    /// seconds
    expires_in: u64,
}

struct Cached {
    token: String,
    valid_until: Instant,
}

pub struct TokenSource {
    http: reqwest::Client,
    cfg: AdobeConfig,
    cached: Mutex<Option<Cached>>,
}

impl TokenSource {
    pub fn new(http: reqwest::Client, cfg: AdobeConfig) -> Self {
        Self { http, cfg, cached: Mutex::new(None) }
    }

    pub fn client_id(&self) -> &str {
        &self.cfg.client_id
    }

    pub async fn token(&self) -> Result<String, reqwest::Error> {
        let mut guard = self.cached.lock().await;
        if let Some(c) = guard.as_ref() {
            if c.valid_until > Instant::now() + Duration::from_secs(300) {
                return Ok(c.token.clone());
            }
        }
        let params = [
            ("grant_type", "client_credentials"),
            ("client_id", self.cfg.client_id.as_str()),
            ("client_secret", self.cfg.client_secret.as_str()),
            ("scope", self.cfg.scopes.as_str()),
        ];
        let resp: TokenResponse = self
            .http
            .post(TOKEN_URL)
            .form(&params)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        debug_assert_eq!(resp.token_type.to_lowercase(), "bearer");
        let token = resp.access_token.clone();
        *guard = Some(Cached {
            token: resp.access_token,
            valid_until: Instant::now() + Duration::from_secs(resp.expires_in),
        });
        Ok(token)
    }
}
