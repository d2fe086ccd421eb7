//! Adobe IMS access tokens via OAuth Server-to-Server (client credentials grant).

use std::time::{Duration, Instant};

use serde::Deserialize;
use tokio::sync::Mutex;

use crate::config::ImsSettings;

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

pub struct ImsClient {
    http: reqwest::Client,
    settings: ImsSettings,
    cached: Mutex<Option<Cached>>,
}

impl ImsClient {
    pub fn new(settings: ImsSettings) -> Self {
        Self { http: reqwest::Client::new(), settings, cached: Mutex::new(None) }
    }

    pub async fn access_token(&self) -> anyhow::Result<String> {
        let mut guard = self.cached.lock().await;
        if let Some(c) = guard.as_ref() {
            if Instant::now() < c.valid_until {
                return Ok(c.token.clone());
            }
        }
        let url = format!("{}{}", self.settings.host, self.settings.token_path);
        let scope = self.settings.scopes.join(",");
        let form = [
            ("grant_type", "client_credentials"),
            ("client_id", self.settings.client_id.as_str()),
            ("client_secret", self.settings.client_secret.as_str()),
            ("scope", scope.as_str()),
        ];
        let resp = self.http.post(&url).form(&form).send().await?;
        if !resp.status().is_success() {
            let status = resp.status();
            let body = resp.text().await.unwrap_or_default();
            anyhow::bail!("IMS token request failed: {status}: {body}");
        }
        let tr: TokenResponse = resp.json().await?;
        tracing::debug!(token_type = %tr.token_type, expires_in = tr.expires_in, "new IMS token");
        let ttl = tr.expires_in.saturating_sub(self.settings.refresh_margin_secs);
        *guard = Some(Cached { token: tr.access_token.clone(), valid_until: Instant::now() + Duration::from_secs(ttl) });
        Ok(tr.access_token)
    }

    pub fn api_headers(&self, token: &str) -> reqwest::header::HeaderMap {
        let mut h = reqwest::header::HeaderMap::new();
        h.insert("Authorization", format!("Bearer {token}").parse().unwrap());
        h.insert("x-api-key", self.settings.client_id.parse().unwrap());
        h.insert("x-gw-ims-org-id", self.settings.org_id.parse().unwrap());
        h
    }
}
