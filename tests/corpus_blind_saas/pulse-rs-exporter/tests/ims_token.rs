use wiremock::matchers::{body_string_contains, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn requests_s2s_token() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/ims/token/v3"))
        .and(body_string_contains("grant_type=client_credentials"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": "fake-token",
            "token_type": "bearer",
            "expires_in": 86399
        })))
        .expect(1)
        .mount(&server)
        .await;

    let http = reqwest::Client::new();
    let resp = http
        .post(format!("{}/ims/token/v3", server.uri()))
        .form(&[("grant_type", "client_credentials"), ("client_id", "x"), ("client_secret", "y")])
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success());
}
