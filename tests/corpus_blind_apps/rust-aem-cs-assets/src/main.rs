mod aem_auth;
mod assets;

use anyhow::Result;

#[tokio::main]
async fn main() -> Result<()> {
    let creds_path = std::env::var("AEM_SERVICE_CREDENTIALS")
        .unwrap_or_else(|_| "config/aem-service-credentials.json".into());
    let author = std::env::var("AEM_AUTHOR_URL")
        .unwrap_or_else(|_| "https://author-p48213-e261907.adobeaemcloud.com".into());

    let creds = aem_auth::ServiceCredentials::load(&creds_path)?;
    let token = aem_auth::access_token(&creds).await?;
    let client = assets::AssetsClient::new(author, token);
    for path in std::env::args().skip(1) {
        client.upload("/content/dam/pim/products", &path).await?;
        println!("uploaded {path}");
    }
    Ok(())
}
