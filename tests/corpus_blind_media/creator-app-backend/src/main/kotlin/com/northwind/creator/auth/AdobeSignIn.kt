package com.northwind.creator.auth

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.request.forms.submitForm
import io.ktor.client.request.get
import io.ktor.client.request.bearerAuth
import io.ktor.http.parameters
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.config.ApplicationConfig
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.Json

/**
 * Adobe ID sign-in for contributors: the app runs the authorization request with PKCE
 * (see ios/CreatorKit) and sends us the code + verifier; we redeem it here.
 */
class AdobeSignIn(
    private val clientId: String,
    private val clientSecret: String,
    private val redirectUri: String,
) {
    private val http = HttpClient(CIO) {
        install(ContentNegotiation) { json(Json { ignoreUnknownKeys = true }) }
    }

    @Serializable
    data class TokenResponse(
        @SerialName("access_token") val accessToken: String,
        @SerialName("refresh_token") val refreshToken: String? = null,
        @SerialName("expires_in") val expiresIn: Long,
    )

    @Serializable
    data class Profile(val userId: String, val email: String? = null)

    suspend fun redeem(code: String, codeVerifier: String): Profile {
        val token: TokenResponse = http.submitForm(
            url = "https://ims-na1.adobelogin.com/ims/token/v3",
            formParameters = parameters {
                append("grant_type", "authorization_code")
                append("client_id", clientId)
                append("client_secret", clientSecret)
                append("code", code)
                append("code_verifier", codeVerifier)
                append("redirect_uri", redirectUri)
            },
        ).body()
        return http.get("https://ims-na1.adobelogin.com/ims/userinfo/v2") {
            bearerAuth(token.accessToken)
        }.body<Map<String, String>>().let { Profile(userId = it.getValue("sub"), email = it["email"]) }
    }

    suspend fun refresh(refreshToken: String): TokenResponse =
        http.submitForm(
            url = "https://ims-na1.adobelogin.com/ims/token/v3",
            formParameters = parameters {
                append("grant_type", "refresh_token")
                append("client_id", clientId)
                append("client_secret", clientSecret)
                append("refresh_token", refreshToken)
            },
        ).body()

    companion object {
        fun fromConfig(config: ApplicationConfig) = AdobeSignIn(
            clientId = config.property("adobe.clientId").getString(),
            clientSecret = config.property("adobe.clientSecret").getString(),
            redirectUri = config.property("adobe.redirectUri").getString(),
        )
    }
}
