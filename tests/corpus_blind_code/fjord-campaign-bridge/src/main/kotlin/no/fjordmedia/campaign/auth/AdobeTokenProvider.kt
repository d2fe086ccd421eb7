package no.fjordmedia.campaign.auth

import java.time.Instant
import okhttp3.OkHttpClient

data class AdobeToken(val value: String, val expiresAt: Instant) {
    fun isFresh(now: Instant = Instant.now()) = now.isBefore(expiresAt.minusSeconds(90))
}

interface AdobeTokenProvider {
    fun fetch(): AdobeToken
}

class CachingTokenProvider(private val delegate: AdobeTokenProvider) : AdobeTokenProvider {
    @Volatile private var current: AdobeToken? = null

    @Synchronized
    override fun fetch(): AdobeToken = current?.takeIf { it.isFresh() } ?: delegate.fetch().also { current = it }
}

fun tokenProviderFor(cfg: AdobeAuthConfig, http: OkHttpClient): AdobeTokenProvider =
    CachingTokenProvider(
        if (cfg.useServerToServer) ClientCredentialsTokenProvider(cfg, http) else JwtTokenProvider(cfg, http),
    )
