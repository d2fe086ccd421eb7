package com.northbank.openbanking.fapi;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Client credentials grant at the ASPSP authorisation server (consent set-up calls). */
@ApplicationScoped
public class AspspTokenClient {

    @ConfigProperty(name = "fapi.aspsp.token-endpoint")
    String tokenEndpoint;

    @ConfigProperty(name = "fapi.client.scopes")
    String scopes;

    @ConfigProperty(name = "fapi.client.id")
    String clientId;

    private final PrivateKeyJwtAssertion assertion;
    private final MtlsHttpClients clients;
    private final ObjectMapper mapper = new ObjectMapper();

    public AspspTokenClient(PrivateKeyJwtAssertion assertion, MtlsHttpClients clients) {
        this.assertion = assertion;
        this.clients = clients;
    }

    public String clientCredentialsToken() throws Exception {
        Map<String, String> form = Map.of(
                "grant_type", "client_credentials",
                "scope", scopes,
                "client_id", clientId,
                "client_assertion_type", PrivateKeyJwtAssertion.ASSERTION_TYPE,
                "client_assertion", assertion.create());
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpClient http = clients.aspsp();
        HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("token endpoint returned " + resp.statusCode());
        }
        JsonNode json = mapper.readTree(resp.body());
        return json.get("access_token").asText();
    }
}
