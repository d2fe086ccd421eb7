package io.ledgerline.sync.docusign

import io.jsonwebtoken.Jwts
import org.springframework.beans.factory.annotation.Value
import org.springframework.core.io.Resource
import org.springframework.stereotype.Component
import org.springframework.web.reactive.function.BodyInserters
import org.springframework.web.reactive.function.client.WebClient
import org.springframework.web.reactive.function.client.bodyToMono
import java.security.KeyFactory
import java.security.spec.PKCS8EncodedKeySpec
import java.time.Instant
import java.util.Base64
import java.util.Date

/** DocuSign eSignature "JWT Grant" for the contract-sending feature. */
@Component
class DocuSignJwtGrant(
    @Value("\${ledgerline.docusign.oauth-base-path}") private val oauthBasePath: String,
    @Value("\${ledgerline.docusign.integration-key}") private val integrationKey: String,
    @Value("\${ledgerline.docusign.user-id}") private val userId: String,
    @Value("\${ledgerline.docusign.private-key-location}") private val keyResource: Resource,
) {
    private val client = WebClient.create("https://$oauthBasePath")

    fun accessToken(): String {
        val now = Instant.now()
        val assertion = Jwts.builder()
            .issuer(integrationKey)
            .subject(userId)
            .audience().add(oauthBasePath).and()
            .claim("scope", "signature impersonation")
            .issuedAt(Date.from(now))
            .expiration(Date.from(now.plusSeconds(3600)))
            .signWith(privateKey(), Jwts.SIG.RS256)
            .compact()
        val body = client.post().uri("/oauth/token")
            .body(
                BodyInserters.fromFormData("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer")
                    .with("assertion", assertion),
            )
            .retrieve().bodyToMono<Map<String, Any>>().block()!!
        return body["access_token"] as String
    }

    private fun privateKey() = KeyFactory.getInstance("RSA").generatePrivate(
        PKCS8EncodedKeySpec(
            Base64.getDecoder().decode(
                keyResource.inputStream.bufferedReader().readText().lines().filterNot { it.startsWith("-----") }.joinToString(""),
            ),
        ),
    )
}
