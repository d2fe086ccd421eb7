package com.northwind.creator.storage

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.forms.submitForm
import io.ktor.http.parameters
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/** Box Client Credentials Grant, authenticating as the enterprise service account. */
class BoxClient(
    private val http: HttpClient,
    private val clientId: String,
    private val clientSecret: String,
    private val enterpriseId: String,
) {
    @Serializable
    data class BoxToken(@SerialName("access_token") val accessToken: String, @SerialName("expires_in") val expiresIn: Long)

    suspend fun token(): BoxToken = http.submitForm(
        url = "https://api.box.com/oauth2/token",
        formParameters = parameters {
            append("grant_type", "client_credentials")
            append("client_id", clientId)
            append("client_secret", clientSecret)
            append("box_subject_type", "enterprise")
            append("box_subject_id", enterpriseId)
        },
    ).body()
}
