package com.harborgoods.stock.search;

import java.io.IOException;

import com.harborgoods.stock.auth.ImsTokenService;
import com.harborgoods.stock.auth.StockAuthProperties;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

public class StockSearchClient {

    private static final String SEARCH_URL = "https://stock.adobe.io/Rest/Media/1/Search/Files";

    private final OkHttpClient http;
    private final ImsTokenService tokens;
    private final StockAuthProperties props;

    public StockSearchClient(OkHttpClient http, ImsTokenService tokens, StockAuthProperties props) {
        this.http = http;
        this.tokens = tokens;
        this.props = props;
    }

    public String search(String words, int limit) throws IOException {
        HttpUrl url = HttpUrl.get(SEARCH_URL).newBuilder()
                .addQueryParameter("locale", "en_US")
                .addQueryParameter("search_parameters[words]", words)
                .addQueryParameter("search_parameters[limit]", Integer.toString(limit))
                .build();
        Request req = new Request.Builder().url(url)
                .header("x-api-key", props.getApiKey())
                .header("x-product", "HarborGoodsCatalog/2.3")
                .header("Authorization", "Bearer " + tokens.getAccessToken())
                .build();
        try (Response res = http.newCall(req).execute()) {
            if (!res.isSuccessful()) {
                throw new IOException("Stock search failed: " + res.code());
            }
            return res.body().string();
        }
    }
}
