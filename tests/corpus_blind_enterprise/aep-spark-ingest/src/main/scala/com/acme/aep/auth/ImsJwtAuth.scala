package com.acme.aep.auth

import java.nio.file.{Files, Paths}
import java.security.{KeyFactory, PrivateKey}
import java.security.spec.PKCS8EncodedKeySpec
import java.time.Instant
import java.util.Base64

import scala.collection.JavaConverters._
import scala.concurrent.duration._

import com.typesafe.config.Config
import pdi.jwt.{JwtAlgorithm, JwtClaim, JwtJson}
import play.api.libs.json.{JsBoolean, JsObject, JsString, JsValue}
import sttp.client3._
import sttp.client3.playJson._

final case class ImsToken(accessToken: String, expiresAt: Instant) {
  def isFresh: Boolean = Instant.now.plusSeconds(300).isBefore(expiresAt)
}

/** Adobe IMS token for Experience Platform, obtained with the technical account certificate. */
class ImsJwtAuth(conf: Config) {
  private val host         = conf.getString("aep.ims.host")
  private val exchangePath = conf.getString("aep.ims.exchange-path")
  private val clientId     = conf.getString("aep.ims.client-id")
  private val clientSecret = conf.getString("aep.ims.client-secret")
  private val orgId        = conf.getString("aep.ims.org-id")
  private val techAccount  = conf.getString("aep.ims.technical-account-id")
  private val metaScopes   = conf.getStringList("aep.ims.meta-scopes").asScala.toList
  private val keyFile      = conf.getString("aep.ims.private-key-file")
  private val ttlSeconds   = conf.getLong("aep.ims.jwt-ttl-seconds")

  private lazy val backend = HttpClientSyncBackend()
  @volatile private var current: Option[ImsToken] = None

  private def privateKey: PrivateKey = {
    val pem = new String(Files.readAllBytes(Paths.get(keyFile)), "US-ASCII")
      .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
      .replaceAll("\\s", "")
    KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder.decode(pem)))
  }

  def token(): ImsToken = synchronized {
    current.filter(_.isFresh).getOrElse { val t = fetch(); current = Some(t); t }
  }

  private def fetch(): ImsToken = {
    val now = Instant.now.getEpochSecond
    val scopeClaims: Seq[(String, JsValue)] = metaScopes.map(ms => s"https://$host/s/$ms" -> JsBoolean(true))
    val payload = JsObject(Seq(
      "iss" -> JsString(orgId),
      "sub" -> JsString(techAccount),
      "aud" -> JsString(s"https://$host/c/$clientId")
    ) ++ scopeClaims)
    val claim = JwtClaim(payload.toString).issuedAt(now).expiresAt(now + ttlSeconds)
    val jwt = JwtJson.encode(claim, privateKey, JwtAlgorithm.RS256)

    val resp = basicRequest
      .post(uri"https://$host$exchangePath")
      .multipartBody(
        multipart("client_id", clientId),
        multipart("client_secret", clientSecret),
        multipart("jwt_token", jwt)
      )
      .response(asJson[JsObject])
      .send(backend)

    val body = resp.body.fold(e => throw new IllegalStateException(s"IMS token exchange failed: $e"), identity)
    val lifetime = (body \ "expires_in").as[Long].millis
    ImsToken((body \ "access_token").as[String], Instant.now.plusMillis(lifetime.toMillis))
  }
}
