package com.acme.analytics.adobe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.NameValuePair;
import org.apache.http.client.entity.UrlEncodedFormEntity;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.message.BasicNameValuePair;
import org.apache.http.util.EntityUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Obtains (and caches) an Adobe IMS access token for the Analytics 2.0 API.
 */
@Service
public class ImsTokenClient {

    private static final Logger LOG = LoggerFactory.getLogger(ImsTokenClient.class);

    private final AdobeImsProperties props;
    private final ImsJwtFactory jwtFactory;
    private final ObjectMapper mapper = new ObjectMapper();

    private String accessToken;
    private long expiresAtMillis;

    @Autowired
    public ImsTokenClient(AdobeImsProperties props, ImsJwtFactory jwtFactory) {
        this.props = props;
        this.jwtFactory = jwtFactory;
    }

    public synchronized String getAccessToken() {
        if (accessToken != null && System.currentTimeMillis() < expiresAtMillis - 60_000L) {
            return accessToken;
        }
        String url = "https://" + props.getHost() + AdobeImsConstants.IMS_EXCHANGE_PATH;
        List<NameValuePair> form = new ArrayList<>();
        form.add(new BasicNameValuePair("client_id", props.getClientId()));
        form.add(new BasicNameValuePair("client_secret", props.getClientSecret()));
        form.add(new BasicNameValuePair("jwt_token", jwtFactory.createSignedJwt()));

        HttpPost post = new HttpPost(url);
        post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
        try (CloseableHttpClient http = HttpClients.createDefault();
             CloseableHttpResponse response = http.execute(post)) {
            String body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            if (response.getStatusLine().getStatusCode() != 200) {
                throw new IllegalStateException("IMS returned " + response.getStatusLine() + ": " + body);
            }
            JsonNode json = mapper.readTree(body);
            accessToken = json.get("access_token").asText();
            long expiresIn = json.get("expires_in").asLong();
            // IMS answers in milliseconds here
            expiresAtMillis = System.currentTimeMillis() + expiresIn;
            LOG.info("Fetched new IMS access token, valid for {} s", expiresIn / 1000);
            return accessToken;
        } catch (IOException e) {
            throw new IllegalStateException("IMS token request failed", e);
        }
    }
}
