//! Partner usage reports. Partners sign a short-lived HS256 JWT with the shared secret.

use axum::http::{HeaderMap, StatusCode};
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct PartnerClaims {
    pub iss: String,
    pub sub: String,
    pub exp: usize,
    pub market: String,
}

pub fn verify(headers: &HeaderMap, secret: &str) -> Result<PartnerClaims, StatusCode> {
    let raw = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or(StatusCode::UNAUTHORIZED)?;
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_audience(&["rights-ledger"]);
    validation.set_issuer(&["partner-gateway"]);
    decode::<PartnerClaims>(raw, &DecodingKey::from_secret(secret.as_bytes()), &validation)
        .map(|data| data.claims)
        .map_err(|_| StatusCode::UNAUTHORIZED)
}
