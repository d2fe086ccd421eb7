package no.fjordmedia.campaign.auth

import com.fasterxml.jackson.module.kotlin.jacksonObjectMapper
import java.time.Instant
import mu.KotlinLogging
import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

private val log = KotlinLogging.logger {}

class ClientCredentialsTokenProvider(
    private val cfg: AdobeAuthConfig,
    private val http: OkHttpClient,
) : AdobeTokenProvider {

    private val mapper = jacksonObjectMapper()

    override fun fetch(): AdobeToken {
        val form = FormBody.Builder()
            .add("grant_type", "client_credentials")
            .add("client_id", cfg.clientId)
            .add("client_secret", cfg.clientSecret)
            .add("scope", cfg.oauthScopes)
            .build()
        val request = Request.Builder().url("${cfg.imsBaseUrl}/ims/token/v3").post(form).build()

        http.newCall(request).execute().use { resp ->
            val text = resp.body?.string().orEmpty()
            check(resp.isSuccessful) { "IMS token request failed (${resp.code}): $text" }
            val node = mapper.readTree(text)
            log.info { "IMS token obtained via client credentials" }
            return AdobeToken(node["access_token"].asText(), Instant.now().plusSeconds(node["expires_in"].asLong()))
        }
    }
}
