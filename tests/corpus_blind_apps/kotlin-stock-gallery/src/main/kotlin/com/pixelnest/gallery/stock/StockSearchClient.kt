package com.pixelnest.gallery.stock

import okhttp3.HttpUrl.Companion.toHttpUrl
import okhttp3.OkHttpClient
import okhttp3.Request

class StockSearchClient(
    private val props: StockProperties,
    private val tokens: StockTokenProvider,
    private val http: OkHttpClient = OkHttpClient(),
) {
    private val base = "https://stock.adobe.io/Rest/Media/1/Search/Files"

    fun search(words: String, limit: Int = 24, offset: Int = 0): String {
        val url = base.toHttpUrl().newBuilder()
            .addQueryParameter("locale", props.locale)
            .addQueryParameter("search_parameters[words]", words)
            .addQueryParameter("search_parameters[limit]", limit.toString())
            .addQueryParameter("search_parameters[offset]", offset.toString())
            .addQueryParameter("search_parameters[filters][content_type:photo]", "1")
            .build()
        val req = Request.Builder().url(url)
            .header("x-api-key", props.apiKey)
            .header("x-product", props.product)
            .header("Authorization", "Bearer ${tokens.accessToken()}")
            .build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }
}
