package com.northwind.creator.storage

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.basicAuth
import io.ktor.client.request.forms.submitForm
import io.ktor.http.parameters
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/** Mirrors accepted submissions to the freelancers' Dropbox team folder. */
class DropboxMirror(
    private val http: HttpClient,
    private val appKey: String,
    private val appSecret: String,
    private val refreshToken: String,
) {
    @Serializable
    data class DropboxToken(@SerialName("access_token") val accessToken: String)

    suspend fun accessToken(): String = http.submitForm(
        url = "https://api.dropboxapi.com/oauth2/token",
        formParameters = parameters {
            append("grant_type", "refresh_token")
            append("refresh_token", refreshToken)
        },
    ) { basicAuth(appKey, appSecret) }.body<DropboxToken>().accessToken
}
