package com.agency.backend.adobe

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.forms.submitForm
import io.ktor.http.parameters
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import java.time.Instant

data class AdobeConfig(val imsTokenUrl: String, val clientId: String, val clientSecret: String, val scopes: String)

@Serializable
private data class TokenResponse(
    @SerialName("access_token") val accessToken: String,
    @SerialName("token_type") val tokenType: String,
    @SerialName("expires_in") val expiresIn: Long,
)

/** Client-credentials token for the Photoshop API, cached until shortly before expiry. */
class ImsClient(private val http: HttpClient, private val cfg: AdobeConfig) {
    @Volatile private var token: String? = null
    @Volatile private var expiresAt: Instant = Instant.EPOCH

    suspend fun token(): String {
        token?.let { if (Instant.now().isBefore(expiresAt)) return it }
        val resp: TokenResponse = http.submitForm(
            url = cfg.imsTokenUrl,
            formParameters = parameters {
                append("grant_type", "client_credentials")
                append("client_id", cfg.clientId)
                append("client_secret", cfg.clientSecret)
                append("scope", cfg.scopes)
            },
        ).body()
        expiresAt = Instant.now().plusSeconds(resp.expiresIn - 120)
        token = resp.accessToken
        return resp.accessToken
    }
}
