package com.pixelnest.gallery.stock

import com.squareup.moshi.Json
import com.squareup.moshi.Moshi
import com.squareup.moshi.kotlin.reflect.KotlinJsonAdapterFactory
import io.jsonwebtoken.Jwts
import io.jsonwebtoken.SignatureAlgorithm
import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request
import java.time.Instant
import java.util.Date

class StockTokenProvider(
    private val props: StockProperties,
    private val http: OkHttpClient = OkHttpClient(),
) {
    private data class TokenResponse(
        @Json(name = "access_token") val accessToken: String,
        @Json(name = "expires_in") val expiresIn: Long,
    )

    private val adapter = Moshi.Builder().add(KotlinJsonAdapterFactory()).build().adapter(TokenResponse::class.java)

    @Volatile private var token: String? = null
    @Volatile private var expiresAt: Instant = Instant.EPOCH

    private fun assertion(): String {
        val now = Instant.now()
        return Jwts.builder()
            .setIssuer(props.orgId)
            .setSubject(props.technicalAccountId)
            .setExpiration(Date.from(now.plusSeconds(300)))
            .claim("aud", "${props.imsHost}${ImsPaths.AUD_PREFIX}${props.apiKey}")
            .claim("${props.imsHost}${ImsPaths.SCOPE_PREFIX}${props.metascope}", true)
            .signWith(PemKeys.loadPkcs8(props.privateKeyPath), SignatureAlgorithm.RS256)
            .compact()
    }

    @Synchronized
    fun accessToken(): String {
        token?.let { if (Instant.now().isBefore(expiresAt.minusSeconds(120))) return it }
        val body = FormBody.Builder()
            .add("client_id", props.apiKey)
            .add("client_secret", props.clientSecret)
            .add("jwt_token", assertion())
            .build()
        val request = Request.Builder().url(props.imsHost + ImsPaths.EXCHANGE).post(body).build()
        http.newCall(request).execute().use { resp ->
            check(resp.isSuccessful) { "IMS token request failed: ${resp.code}" }
            val parsed = adapter.fromJson(resp.body!!.string())!!
            token = parsed.accessToken
            expiresAt = Instant.now().plusMillis(parsed.expiresIn)
            return parsed.accessToken
        }
    }
}
