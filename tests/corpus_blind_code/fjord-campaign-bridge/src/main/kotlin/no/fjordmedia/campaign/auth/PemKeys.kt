package no.fjordmedia.campaign.auth

import java.security.KeyFactory
import java.security.interfaces.RSAPrivateKey
import java.security.spec.PKCS8EncodedKeySpec
import java.util.Base64

internal object PemKeys {
    fun privateKey(pem: String): RSAPrivateKey {
        val body = pem.lines()
            .filterNot { it.startsWith("-----") }
            .joinToString("")
        val spec = PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(body))
        return KeyFactory.getInstance("RSA").generatePrivate(spec) as RSAPrivateKey
    }
}
