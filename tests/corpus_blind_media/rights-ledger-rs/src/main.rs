mod config;
mod firefly;
mod ims;
mod webhook;

use std::sync::Arc;

use axum::{extract::State, http::HeaderMap, routing::post, Json, Router};

#[derive(Clone)]
struct AppState {
    settings: config::Settings,
    tokens: Arc<ims::TokenSource>,
    http: reqwest::Client,
}

async fn partner_usage(State(state): State<AppState>, headers: HeaderMap, Json(body): Json<serde_json::Value>) -> Result<&'static str, axum::http::StatusCode> {
    let claims = webhook::verify(&headers, &state.settings.partner_webhook_secret)?;
    tracing::info!(partner = %claims.iss, market = %claims.market, "usage report {}", body);
    Ok("recorded")
}

async fn generate(State(state): State<AppState>, Json(body): Json<serde_json::Value>) -> Result<Json<serde_json::Value>, axum::http::StatusCode> {
    let prompt = body.get("prompt").and_then(|p| p.as_str()).ok_or(axum::http::StatusCode::BAD_REQUEST)?;
    let req = firefly::GenerateRequest { prompt, num_variations: 1, content_class: "photo" };
    let resp = firefly::generate(&state.http, &state.tokens, &req).await.map_err(|_| axum::http::StatusCode::BAD_GATEWAY)?;
    let urls: Vec<String> = resp.outputs.into_iter().map(|o| o.image.url).collect();
    Ok(Json(serde_json::json!({ "model": resp.model_version, "images": urls })))
}

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).init();
    let settings = config::Settings::from_env().expect("configuration");
    let http = reqwest::Client::new();
    let tokens = Arc::new(ims::TokenSource::new(http.clone(), settings.adobe.clone()));
    let addr = settings.bind_addr.clone();
    let state = AppState { settings, tokens, http };
    let app = Router::new()
        .route("/partner/usage", post(partner_usage))
        .route("/generate", post(generate))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind(addr).await.expect("bind");
    axum::serve(listener, app).await.expect("server");
}
