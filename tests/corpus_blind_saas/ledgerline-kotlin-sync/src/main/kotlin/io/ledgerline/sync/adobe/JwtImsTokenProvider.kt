package io.ledgerline.sync.adobe

import io.jsonwebtoken.Jwts
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty
import org.springframework.stereotype.Component
import org.springframework.util.LinkedMultiValueMap
import org.springframework.web.reactive.function.BodyInserters
import org.springframework.web.reactive.function.client.WebClient
import org.springframework.web.reactive.function.client.bodyToMono
import java.security.KeyFactory
import java.security.PrivateKey
import java.security.spec.PKCS8EncodedKeySpec
import java.time.Instant
import java.util.Base64
import java.util.Date

/** Legacy Service Account (JWT) flow. Remove after the OAuth rollout (LED-2291). */
@Component
@ConditionalOnProperty(prefix = "ledgerline.adobe", name = ["auth-mode"], havingValue = "jwt", matchIfMissing = true)
class JwtImsTokenProvider(
    private val props: AdobeImsProperties,
    webClientBuilder: WebClient.Builder,
) : ImsTokenProvider {

    private val client = webClientBuilder.baseUrl(props.imsHost).build()
    private val privateKey: PrivateKey by lazy { loadKey() }

    @Volatile private var cached: Pair<String, Instant>? = null

    override fun accessToken(): String {
        cached?.let { (token, until) -> if (Instant.now().isBefore(until)) return token }
        val form = LinkedMultiValueMap<String, String>().apply {
            add("client_id", props.clientId)
            add("client_secret", props.clientSecret)
            add("jwt_token", signedJwt())
        }
        val body = client.post()
            .uri(props.jwt.exchangePath)
            .body(BodyInserters.fromFormData(form))
            .retrieve()
            .bodyToMono<Map<String, Any>>()
            .block() ?: error("empty IMS response")
        val token = body["access_token"] as String
        val expiresMs = (body["expires_in"] as Number).toLong()
        cached = token to Instant.now().plusMillis(expiresMs).minusSeconds(300)
        return token
    }

    private fun signedJwt(): String {
        val now = Instant.now()
        val builder = Jwts.builder()
            .issuer(props.orgId)
            .subject(props.technicalAccountId)
            .claim("aud", "${props.imsHost}/c/${props.clientId}")
            .expiration(Date.from(now.plus(props.jwt.lifetime)))
        props.jwt.metascopes.forEach { builder.claim("${props.imsHost}/s/$it", true) }
        return builder.signWith(privateKey, Jwts.SIG.RS256).compact()
    }

    private fun loadKey(): PrivateKey {
        val pem = props.jwt.privateKeyLocation?.inputStream?.bufferedReader()?.readText()
            ?: error("Adobe private key location is not set")
        val der = Base64.getDecoder().decode(
            pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "").replace("\\s".toRegex(), ""),
        )
        return KeyFactory.getInstance("RSA").generatePrivate(PKCS8EncodedKeySpec(der))
    }
}
