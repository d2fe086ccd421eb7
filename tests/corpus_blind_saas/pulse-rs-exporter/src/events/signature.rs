//! Verification of Adobe I/O Events webhook deliveries.
//!
//! Adobe signs each delivery with RSA-SHA256 and sends two signatures plus the paths of the
//! matching public keys. Either signature may be valid (key rotation).

use base64::{engine::general_purpose::STANDARD, Engine};
use rsa::pkcs1v15::{Signature, VerifyingKey};
use rsa::pkcs8::DecodePublicKey;
use rsa::signature::Verifier;
use rsa::RsaPublicKey;
use sha2::Sha256;

pub struct SignatureHeaders<'a> {
    pub signature_1: &'a str,
    pub signature_2: &'a str,
    pub pub_key_1_path: &'a str,
    pub pub_key_2_path: &'a str,
}

pub async fn verify(
    http: &reqwest::Client,
    public_key_base: &str,
    body: &[u8],
    h: &SignatureHeaders<'_>,
) -> anyhow::Result<bool> {
    for (sig, path) in [(h.signature_1, h.pub_key_1_path), (h.signature_2, h.pub_key_2_path)] {
        if !path.starts_with("/prod/keys/") {
            continue;
        }
        let pem = http.get(format!("{public_key_base}{path}")).send().await?.text().await?;
        let key = RsaPublicKey::from_public_key_pem(&pem)?;
        let verifier = VerifyingKey::<Sha256>::new(key);
        let raw = STANDARD.decode(sig)?;
        if verifier.verify(body, &Signature::try_from(raw.as_slice())?).is_ok() {
            return Ok(true);
        }
    }
    Ok(false)
}
