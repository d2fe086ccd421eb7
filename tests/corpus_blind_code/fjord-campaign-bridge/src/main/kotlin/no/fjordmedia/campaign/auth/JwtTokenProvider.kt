package no.fjordmedia.campaign.auth

import com.fasterxml.jackson.module.kotlin.jacksonObjectMapper
import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.crypto.RSASSASigner
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.SignedJWT
import java.time.Instant
import java.util.Date
import mu.KotlinLogging
import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

private val log = KotlinLogging.logger {}

/** Legacy: Service Account credential. Remove after the S2S switch (FJ-1193). */
class JwtTokenProvider(
    private val cfg: AdobeAuthConfig,
    private val http: OkHttpClient,
) : AdobeTokenProvider {

    private val mapper = jacksonObjectMapper()

    override fun fetch(): AdobeToken {
        val claims = JWTClaimsSet.Builder()
            .issuer(cfg.orgId)
            .subject(cfg.technicalAccountId)
            .audience("${cfg.imsBaseUrl}/c/${cfg.clientId}")
            .expirationTime(Date.from(Instant.now().plusSeconds(600)))
            .claim("${cfg.imsBaseUrl}/s/${cfg.metascope}", true)
            .build()
        val key = PemKeys.privateKey(requireNotNull(cfg.privateKeyPem) { "FJORD_ADOBE_PRIVATE_KEY not set" })
        val signed = SignedJWT(JWSHeader(JWSAlgorithm.RS256), claims).apply { sign(RSASSASigner(key)) }

        val form = FormBody.Builder()
            .add("client_id", cfg.clientId)
            .add("client_secret", cfg.clientSecret)
            .add("jwt_token", signed.serialize())
            .build()
        val request = Request.Builder().url("${cfg.imsBaseUrl}/ims/exchange/jwt").post(form).build()

        http.newCall(request).execute().use { resp ->
            val text = resp.body?.string().orEmpty()
            check(resp.isSuccessful) { "IMS exchange failed (${resp.code}): $text" }
            val node = mapper.readTree(text)
            log.info { "legacy IMS token obtained" }
            return AdobeToken(node["access_token"].asText(), Instant.now().plusMillis(node["expires_in"].asLong()))
        }
    }
}
