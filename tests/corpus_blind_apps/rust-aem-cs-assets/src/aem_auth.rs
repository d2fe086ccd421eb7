//! Token for AEM as a Cloud Service from the *service credentials* generated in the
//! AEM Developer Console (Integrations > Get Service Credentials).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use jsonwebtoken::{encode, Algorithm, EncodingKey, Header};
use serde::Deserialize;
use serde_json::{Map, Value};

const EXCHANGE_PATH: &str = "/ims/exchange/jwt";

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TechnicalAccount {
    pub client_id: String,
    pub client_secret: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Integration {
    pub ims_endpoint: String,
    pub metascopes: String,
    pub technical_account: TechnicalAccount,
    pub id: String,
    pub org: String,
    pub private_key: String,
}

#[derive(Deserialize)]
pub struct ServiceCredentials {
    pub integration: Integration,
}

impl ServiceCredentials {
    pub fn load(path: &str) -> Result<Self> {
        let raw = std::fs::read_to_string(path).with_context(|| format!("reading {path}"))?;
        Ok(serde_json::from_str(&raw)?)
    }
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    expires_in: u64,
}

pub struct AccessToken {
    pub value: String,
    pub lifetime: Duration,
}

pub async fn access_token(creds: &ServiceCredentials) -> Result<AccessToken> {
    let i = &creds.integration;
    let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs();

    let mut claims = Map::new();
    claims.insert("iss".into(), Value::from(i.org.clone()));
    claims.insert("sub".into(), Value::from(i.id.clone()));
    claims.insert("exp".into(), Value::from(now + 3600));
    claims.insert("aud".into(), Value::from(format!("https://{}/c/{}", i.ims_endpoint, i.technical_account.client_id)));
    for scope in i.metascopes.split(',') {
        claims.insert(format!("https://{}/s/{}", i.ims_endpoint, scope.trim()), Value::Bool(true));
    }
    let key = EncodingKey::from_rsa_pem(i.private_key.replace("\r\n", "\n").as_bytes())?;
    let jwt = encode(&Header::new(Algorithm::RS256), &claims, &key)?;

    let form = [
        ("client_id", i.technical_account.client_id.as_str()),
        ("client_secret", i.technical_account.client_secret.as_str()),
        ("jwt_token", jwt.as_str()),
    ];
    let resp: TokenResponse = reqwest::Client::new()
        .post(format!("https://{}{}", i.ims_endpoint, EXCHANGE_PATH))
        .form(&form)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    Ok(AccessToken { value: resp.access_token, lifetime: Duration::from_millis(resp.expires_in) })
}
