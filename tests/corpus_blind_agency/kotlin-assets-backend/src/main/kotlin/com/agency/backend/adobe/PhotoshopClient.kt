package com.agency.backend.adobe

import io.ktor.client.HttpClient
import io.ktor.client.request.header
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.client.statement.bodyAsText
import io.ktor.http.ContentType
import io.ktor.http.contentType

class PhotoshopClient(private val http: HttpClient, private val ims: ImsClient, private val clientId: String) {
    /** Starts a remove-background job; returns the status URL JSON. */
    suspend fun removeBackground(inputUrl: String, outputUrl: String): String =
        http.post("https://image.adobe.io/sensei/cutout") {
            header("Authorization", "Bearer ${ims.token()}")
            header("x-api-key", clientId)
            contentType(ContentType.Application.Json)
            setBody(
                """{"input":{"href":"$inputUrl","storage":"external"},
                   "output":{"href":"$outputUrl","storage":"external","mask":{"format":"soft"}}}"""
            )
        }.bodyAsText()
}
