package com.agency.backend.workfront

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.forms.submitForm
import io.ktor.client.request.get
import io.ktor.client.request.header
import io.ktor.client.statement.bodyAsText
import io.ktor.http.parameters
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import java.nio.file.Files
import java.nio.file.Path
import java.security.KeyFactory
import java.security.interfaces.RSAPrivateKey
import java.security.spec.PKCS8EncodedKeySpec
import java.time.Instant
import java.util.Base64
import java.util.Date

data class WorkfrontConfig(
    val host: String, val clientId: String, val clientSecret: String,
    val customerId: String, val userId: String, val privateKeyPath: String,
)

@Serializable
private data class WfToken(@SerialName("access_token") val accessToken: String)

/**
 * Workfront's OAuth2 "server authentication" (JWT flow) - Workfront's own auth service,
 * not Adobe IMS.
 */
class WorkfrontClient(private val http: HttpClient, private val cfg: WorkfrontConfig) {

    private val key: RSAPrivateKey by lazy {
        val pem = Files.readString(Path.of(cfg.privateKeyPath))
            .replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", "")
            .replace("\\s".toRegex(), "")
        KeyFactory.getInstance("RSA").generatePrivate(PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem))) as RSAPrivateKey
    }

    private suspend fun accessToken(): String {
        val assertion = JWT.create()
            .withIssuer(cfg.customerId)
            .withSubject(cfg.userId)
            .withExpiresAt(Date.from(Instant.now().plusSeconds(300)))
            .sign(Algorithm.RSA256(null, key))
        val resp: WfToken = http.submitForm(
            url = "${cfg.host}/integrations/oauth2/api/v1/jwt/exchange",
            formParameters = parameters {
                append("client_id", cfg.clientId)
                append("client_secret", cfg.clientSecret)
                append("jwt_token", assertion)
            },
        ).body()
        return resp.accessToken
    }

    suspend fun openTasks(projectId: String): String =
        http.get("${cfg.host}/attask/api/v17.0/task/search?projectID=$projectId&status=NEW") {
            header("sessionID", accessToken())
        }.bodyAsText()
}
