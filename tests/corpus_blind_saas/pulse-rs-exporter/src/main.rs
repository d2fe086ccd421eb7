mod config;
mod events;
mod ims;

use std::sync::Arc;

use axum::{routing::get, Router};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).init();
    let settings = config::Settings::load()?;
    let ims = Arc::new(ims::ImsClient::new(settings.ims.clone()));
    // warm the token cache so misconfigured credentials fail at boot
    ims.access_token().await?;

    let app = Router::new().route("/healthz", get(|| async { "ok" }));
    let listener = tokio::net::TcpListener::bind(&settings.server.bind).await?;
    axum::serve(listener, app).await?;
    Ok(())
}
