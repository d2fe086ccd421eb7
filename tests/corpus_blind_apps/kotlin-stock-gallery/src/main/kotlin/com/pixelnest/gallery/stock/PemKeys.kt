package com.pixelnest.gallery.stock

import java.nio.file.Files
import java.nio.file.Path
import java.security.KeyFactory
import java.security.PrivateKey
import java.security.spec.PKCS8EncodedKeySpec
import java.util.Base64

object PemKeys {
    fun loadPkcs8(path: String): PrivateKey {
        val pem = Files.readString(Path.of(path))
            .replace(Regex("-----(BEGIN|END) PRIVATE KEY-----"), "")
            .replace(Regex("\\s"), "")
        val spec = PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem))
        return KeyFactory.getInstance("RSA").generatePrivate(spec)
    }
}
