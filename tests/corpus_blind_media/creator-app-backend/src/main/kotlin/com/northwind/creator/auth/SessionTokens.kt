package com.northwind.creator.auth

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.config.ApplicationConfig
import java.io.File
import java.security.KeyFactory
import java.security.interfaces.RSAPrivateCrtKey
import java.security.interfaces.RSAPrivateKey
import java.security.interfaces.RSAPublicKey
import java.security.spec.PKCS8EncodedKeySpec
import java.security.spec.RSAPublicKeySpec
import java.time.Instant
import java.util.Base64
import java.util.UUID

/** Our own session JWTs for the mobile apps (not related to any Adobe credential). */
class SessionTokens(
    val issuer: String,
    val audience: String,
    val realm: String,
    private val ttlMinutes: Long,
    val algorithm: Algorithm,
) {
    fun issue(userId: String, email: String?): String =
        JWT.create()
            .withIssuer(issuer)
            .withAudience(audience)
            .withSubject(userId)
            .withClaim("email", email)
            .withJWTId(UUID.randomUUID().toString())
            .withExpiresAt(Instant.now().plusSeconds(ttlMinutes * 60))
            .sign(algorithm)

    companion object {
        fun fromConfig(config: ApplicationConfig): SessionTokens {
            val pem = File(config.property("session.signingKeyPath").getString()).readText()
            val der = Base64.getMimeDecoder().decode(
                pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "").trim()
            )
            val factory = KeyFactory.getInstance("RSA")
            val private = factory.generatePrivate(PKCS8EncodedKeySpec(der)) as RSAPrivateCrtKey
            val public = factory.generatePublic(RSAPublicKeySpec(private.modulus, private.publicExponent)) as RSAPublicKey
            return SessionTokens(
                issuer = config.property("session.issuer").getString(),
                audience = config.property("session.audience").getString(),
                realm = config.property("session.realm").getString(),
                ttlMinutes = config.property("session.ttlMinutes").getString().toLong(),
                algorithm = Algorithm.RSA256(public, private as RSAPrivateKey),
            )
        }
    }
}
