package com.agency.backend.security

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.application.Application
import io.ktor.server.auth.authentication
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.jwt.jwt
import java.util.Date

/** JWTs we mint for the Android app after the user logs in with their store account. */
object AppJwt {
    fun issue(userId: String, issuer: String, audience: String, secret: String): String =
        JWT.create()
            .withIssuer(issuer)
            .withAudience(audience)
            .withSubject(userId)
            .withExpiresAt(Date(System.currentTimeMillis() + 7L * 24 * 3600 * 1000))
            .sign(Algorithm.HMAC256(secret))

    fun Application.installAppJwt(issuer: String, audience: String, realm: String, secret: String) {
        authentication {
            jwt("app") {
                this.realm = realm
                verifier(JWT.require(Algorithm.HMAC256(secret)).withIssuer(issuer).withAudience(audience).build())
                validate { cred -> if (cred.payload.subject != null) JWTPrincipal(cred.payload) else null }
            }
        }
    }
}
