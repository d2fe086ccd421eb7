package com.northbank.c360.lineage

import java.nio.file.{Files, Paths}
import java.security.KeyFactory
import java.security.spec.PKCS8EncodedKeySpec
import java.time.Clock
import java.util.Base64

import pdi.jwt.{JwtAlgorithm, JwtCirce, JwtClaim}

/** Short-lived RS256 assertion for the internal lineage service (OpenLineage collector). */
object LineageToken {
  private implicit val clock: Clock = Clock.systemUTC

  def sign(issuer: String, audience: String, keyFile: String): String = {
    val pem = new String(Files.readAllBytes(Paths.get(keyFile)))
      .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "")
    val key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder.decode(pem)))
    val claim = JwtClaim(issuer = Some(issuer), audience = Some(Set(audience))).issuedNow.expiresIn(300)
    JwtCirce.encode(claim, key, JwtAlgorithm.RS256)
  }
}
