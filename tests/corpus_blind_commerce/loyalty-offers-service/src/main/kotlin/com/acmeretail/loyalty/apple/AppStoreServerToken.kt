package com.acmeretail.loyalty.apple

import com.nimbusds.jose.JOSEObjectType
import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.crypto.ECDSASigner
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.SignedJWT
import java.nio.file.Files
import java.nio.file.Path
import java.security.KeyFactory
import java.security.interfaces.ECPrivateKey
import java.security.spec.PKCS8EncodedKeySpec
import java.time.Instant
import java.util.Base64
import java.util.Date
import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Component

/** ES256 token for the App Store Server API (verifies loyalty membership purchases). */
@Component
class AppStoreServerToken(
    @Value("\${apple.app-store.key-id}") private val keyId: String,
    @Value("\${apple.app-store.issuer-id}") private val issuerId: String,
    @Value("\${apple.app-store.bundle-id}") private val bundleId: String,
    @Value("\${apple.app-store.private-key-path}") private val keyPath: String,
) {
    private val key: ECPrivateKey by lazy {
        val pem = Files.readString(Path.of(keyPath))
            .replace(Regex("-----(BEGIN|END) PRIVATE KEY-----|\\s"), "")
        KeyFactory.getInstance("EC").generatePrivate(PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem))) as ECPrivateKey
    }

    fun create(): String {
        val now = Instant.now()
        val claims = JWTClaimsSet.Builder()
            .issuer(issuerId)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(1200)))
            .audience("appstoreconnect-v1")
            .claim("bid", bundleId)
            .build()
        val header = JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keyId).type(JOSEObjectType.JWT).build()
        return SignedJWT(header, claims).apply { sign(ECDSASigner(key)) }.serialize()
    }
}
