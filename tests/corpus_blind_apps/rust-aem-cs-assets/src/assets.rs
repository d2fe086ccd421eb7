use anyhow::Result;
use reqwest::multipart::{Form, Part};

use crate::aem_auth::AccessToken;

pub struct AssetsClient {
    author: String,
    token: AccessToken,
    http: reqwest::Client,
}

impl AssetsClient {
    pub fn new(author: String, token: AccessToken) -> Self {
        Self { author, token, http: reqwest::Client::new() }
    }

    pub async fn upload(&self, folder: &str, file: &str) -> Result<()> {
        let name = std::path::Path::new(file).file_name().unwrap().to_string_lossy().to_string();
        let bytes = tokio::fs::read(file).await?;
        let form = Form::new().part("file", Part::bytes(bytes).file_name(name.clone()));
        self.http
            .post(format!("{}{}.createasset.html", self.author, folder))
            .bearer_auth(&self.token.value)
            .multipart(form)
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }
}
