package com.northbank.c360.adobe

import java.time.Instant

import com.typesafe.config.Config
import io.circe.generic.auto._
import sttp.client3._
import sttp.client3.circe._

final case class ImsToken(access_token: String, token_type: String, expires_in: Long)

/** OAuth Server-to-Server token for AEP. Tokens are cached per executor JVM. */
final class ImsClient(cfg: Config) {
  private val backend = HttpClientSyncBackend()
  private val tokenUrl = cfg.getString("adobe.ims.token-url")
  private val clientId = cfg.getString("adobe.ims.client-id")
  private val clientSecret = cfg.getString("adobe.ims.client-secret")
  private val scopes = cfg.getString("adobe.ims.scopes")

  @volatile private var cached: Option[(String, Instant)] = None

  def token(): String = synchronized {
    cached match {
      case Some((t, exp)) if Instant.now().isBefore(exp.minusSeconds(300)) => t
      case _ =>
        val resp = basicRequest
          .post(uri"$tokenUrl")
          .body(Map(
            "grant_type"    -> "client_credentials",
            "client_id"     -> clientId,
            "client_secret" -> clientSecret,
            "scope"         -> scopes
          ))
          .response(asJson[ImsToken].getRight)
          .send(backend)
        val tok = resp.body
        cached = Some(tok.access_token -> Instant.now().plusSeconds(tok.expires_in))
        tok.access_token
    }
  }

  def headers(orgId: String, sandbox: String): Map[String, String] = Map(
    "Authorization"   -> s"Bearer ${token()}",
    "x-api-key"       -> clientId,
    "x-gw-ims-org-id" -> orgId,
    "x-sandbox-name"  -> sandbox
  )
}
