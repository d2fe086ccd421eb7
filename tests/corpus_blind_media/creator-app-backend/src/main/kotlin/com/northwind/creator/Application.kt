package com.northwind.creator

import com.auth0.jwt.JWT
import com.northwind.creator.auth.AdobeSignIn
import com.northwind.creator.auth.SessionTokens
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.Application
import io.ktor.server.application.call
import io.ktor.server.application.install
import io.ktor.server.auth.Authentication
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.jwt.jwt
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.routing
import kotlinx.serialization.Serializable

fun main(args: Array<String>): Unit = io.ktor.server.netty.EngineMain.main(args)

@Serializable
data class AdobeCallback(val code: String, val codeVerifier: String)

fun Application.module() {
    val sessions = SessionTokens.fromConfig(environment.config)
    val adobe = AdobeSignIn.fromConfig(environment.config)

    install(ContentNegotiation) { json() }
    install(Authentication) {
        jwt("session") {
            realm = sessions.realm
            verifier(JWT.require(sessions.algorithm).withIssuer(sessions.issuer).withAudience(sessions.audience).build())
            validate { credential -> if (credential.payload.subject != null) JWTPrincipal(credential.payload) else null }
        }
    }

    routing {
        post("/v1/auth/adobe") {
            val body = call.receive<AdobeCallback>()
            val profile = adobe.redeem(body.code, body.codeVerifier)
            call.respond(mapOf("session" to sessions.issue(profile.userId, profile.email)))
        }
        authenticate("session") {
            get("/v1/me") {
                call.respond(mapOf("ok" to true))
            }
        }
    }
}
