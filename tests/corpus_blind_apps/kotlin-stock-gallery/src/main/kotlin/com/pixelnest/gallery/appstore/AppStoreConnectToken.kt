package com.pixelnest.gallery.appstore

import io.jsonwebtoken.Jwts
import io.jsonwebtoken.SignatureAlgorithm
import java.nio.file.Files
import java.nio.file.Path
import java.security.KeyFactory
import java.security.spec.PKCS8EncodedKeySpec
import java.time.Instant
import java.util.Base64
import java.util.Date

/**
 * Token for the App Store Connect API (sales reports for the iOS companion app).
 * ES256, 20 minutes max, audience "appstoreconnect-v1". Unrelated to Adobe.
 */
class AppStoreConnectToken(
    private val issuerId: String = System.getenv("ASC_ISSUER_ID") ?: "57246542-96fe-1a63-e053-0824d011072a",
    private val keyId: String = System.getenv("ASC_KEY_ID") ?: "2X9R4HXF34",
    private val keyPath: String = System.getenv("ASC_KEY_PATH") ?: "/etc/stock-gallery/AuthKey_2X9R4HXF34.p8",
) {
    fun create(): String {
        val der = Base64.getDecoder().decode(
            Files.readString(Path.of(keyPath)).lines().filterNot { it.startsWith("-----") }.joinToString("")
        )
        val key = KeyFactory.getInstance("EC").generatePrivate(PKCS8EncodedKeySpec(der))
        val now = Instant.now()
        return Jwts.builder()
            .setHeaderParam("kid", keyId)
            .setIssuer(issuerId)
            .setIssuedAt(Date.from(now))
            .setExpiration(Date.from(now.plusSeconds(1200)))
            .setAudience("appstoreconnect-v1")
            .signWith(key, SignatureAlgorithm.ES256)
            .compact()
    }
}
