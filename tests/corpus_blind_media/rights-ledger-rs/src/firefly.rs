//! Firefly Services calls used by the ledger.

use serde::{Deserialize, Serialize};

use crate::ims::TokenSource;

const GENERATE_URL: &str = "https://firefly-api.adobe.io/v3/images/generate";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GenerateRequest<'a> {
    pub prompt: &'a str,
    pub num_variations: u8,
    pub content_class: &'a str,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GenerateResponse {
    pub model_version: Option<String>,
    pub outputs: Vec<Output>,
}

#[derive(Debug, Deserialize)]
pub struct Output {
    pub seed: u64,
    pub image: Image,
}

#[derive(Debug, Deserialize)]
pub struct Image {
    pub url: String,
}

pub async fn generate(http: &reqwest::Client, tokens: &TokenSource, req: &GenerateRequest<'_>) -> anyhow_like::Result<GenerateResponse> {
    let token = tokens.token().await?;
    let resp = http
        .post(GENERATE_URL)
        .bearer_auth(token)
        .header("x-api-key", tokens.client_id())
        .json(req)
        .send()
        .await?
        .error_for_status()?
        .json::<GenerateResponse>()
        .await?;
    Ok(resp)
}

mod anyhow_like {
    pub type Result<T> = std::result::Result<T, reqwest::Error>;
}
