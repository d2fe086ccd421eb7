package com.acme.events;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import org.json.JSONObject;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Properties;

/** Prints a fresh IMS token; handy when the journal consumer fails with 401. */
public final class TokenDebug {

  public static void main(String[] args) throws Exception {
    Properties props = new Properties();
    try (InputStream in = TokenDebug.class.getResourceAsStream("/workspace.secret.properties")) {
      props.load(in);
    }
    byte[] der = Base64.getDecoder().decode(props.getProperty("aio_encoded_pkcs8"));
    PrivateKey privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    String apiKey = props.getProperty("aio_api_key");

    String jwt = Jwts.builder()
        .setIssuer(props.getProperty("aio_ims_org_id"))
        .setSubject(props.getProperty("aio_technical_account_id"))
        .setAudience(ImsEndpoints.AUDIENCE_PREFIX + apiKey)
        .claim(ImsEndpoints.METASCOPE_PREFIX + "event_receiver_api", Boolean.TRUE)
        .setExpiration(Date.from(Instant.now().plusSeconds(300)))
        .signWith(privateKey, SignatureAlgorithm.RS256)
        .compact();

    String form = "client_id=" + enc(apiKey) + "&client_secret=" + enc(props.getProperty("aio_client_secret")) + "&jwt_token=" + enc(jwt);
    HttpRequest request = HttpRequest.newBuilder(URI.create(ImsEndpoints.JWT_EXCHANGE))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    JSONObject json = new JSONObject(response.body());
    long expiresAtMillis = System.currentTimeMillis() + json.getLong("expires_in");
    System.out.println("token valid until " + Instant.ofEpochMilli(expiresAtMillis));
    System.out.println(json.getString("access_token"));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
