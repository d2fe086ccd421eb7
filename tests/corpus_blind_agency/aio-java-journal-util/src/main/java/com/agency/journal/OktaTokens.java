package com.agency.journal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Client-credentials token for the client's CRM API, which sits behind their Okta
 * authorization server (private_key_jwt client authentication).
 */
final class OktaTokens {

  private final String issuer;
  private final String clientId;
  private final RSAPrivateKey key;
  private final HttpClient http = HttpClient.newHttpClient();

  private OktaTokens(String issuer, String clientId, RSAPrivateKey key) {
    this.issuer = issuer;
    this.clientId = clientId;
    this.key = key;
  }

  static OktaTokens fromEnv() throws Exception {
    String pem = Files.readString(Path.of(System.getenv("OKTA_CLIENT_KEY_PEM")))
        .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    return new OktaTokens(System.getenv("OKTA_ISSUER"), System.getenv("OKTA_CLIENT_ID"), key);
  }

  String token() throws Exception {
    String tokenUrl = issuer + "/v1/token";
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(clientId)
        .subject(clientId)
        .audience(tokenUrl)
        .jwtID(UUID.randomUUID().toString())
        .expirationTime(new Date(System.currentTimeMillis() + 300_000))
        .build();
    SignedJWT assertion = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    assertion.sign(new RSASSASigner(key));

    String form = "grant_type=client_credentials"
        + "&scope=" + URLEncoder.encode("crm.events.write", StandardCharsets.UTF_8)
        + "&client_assertion_type=" + URLEncoder.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
        + "&client_assertion=" + assertion.serialize();
    HttpRequest req = HttpRequest.newBuilder(URI.create(tokenUrl))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    String body = http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    return body.replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }
}
