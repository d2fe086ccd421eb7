package com.northwind.creator.push

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import java.io.File
import java.security.KeyFactory
import java.security.interfaces.ECPrivateKey
import java.security.spec.PKCS8EncodedKeySpec
import java.time.Instant
import java.util.Base64

/** APNs provider authentication token (ES256, refreshed every 50 minutes). */
class ApnsTokenProvider(private val teamId: String, private val keyId: String, keyPath: String) {
    private val key: ECPrivateKey = File(keyPath).readText()
        .replace("-----BEGIN PRIVATE KEY-----", "")
        .replace("-----END PRIVATE KEY-----", "")
        .let { Base64.getMimeDecoder().decode(it.trim()) }
        .let { KeyFactory.getInstance("EC").generatePrivate(PKCS8EncodedKeySpec(it)) as ECPrivateKey }

    private var cached: Pair<String, Instant>? = null

    fun token(): String {
        cached?.let { (t, at) -> if (at.plusSeconds(3000).isAfter(Instant.now())) return t }
        val now = Instant.now()
        val t = JWT.create()
            .withKeyId(keyId)
            .withIssuer(teamId)
            .withIssuedAt(now)
            .sign(Algorithm.ECDSA256(null, key))
        cached = t to now
        return t
    }
}
