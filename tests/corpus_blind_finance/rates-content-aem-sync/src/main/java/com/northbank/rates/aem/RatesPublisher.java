package com.northbank.rates.aem;

import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

@Singleton
public class RatesPublisher {

    private final HttpClient http;
    private final AemServiceTokenProvider tokens;
    private final String authorUrl;
    private final String root;

    public RatesPublisher(@Client HttpClient http, AemServiceTokenProvider tokens,
                          @Value("${aem.author-url}") String authorUrl,
                          @Value("${aem.rates-root}") String root) {
        this.http = http;
        this.tokens = tokens;
        this.authorUrl = authorUrl;
        this.root = root;
    }

    @Scheduled(cron = "0 30 6 * * MON-FRI")
    public void publishSavingsRates() throws Exception {
        List<Map<String, Object>> rows = List.of(Map.of("product", "EASY-ACCESS-SAVER", "aer", "4.15"));
        HttpRequest<?> req = HttpRequest.PUT(authorUrl + "/api/assets" + root.replace("/content/dam", "")
                        + "/savings.json", Map.of("properties", Map.of("elements", Map.of("rates", rows))))
                .bearerAuth(tokens.token());
        http.toBlocking().exchange(req);
    }
}
