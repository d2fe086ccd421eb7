package no.fjordmedia.campaign

import no.fjordmedia.campaign.auth.AdobeAuthConfig
import no.fjordmedia.campaign.auth.tokenProviderFor
import no.fjordmedia.campaign.sync.CampaignProfileSync
import okhttp3.OkHttpClient

fun main(args: Array<String>) {
    val cfg = AdobeAuthConfig.fromEnv()
    val http = OkHttpClient()
    val sync = CampaignProfileSync(cfg, tokenProviderFor(cfg, http), http)
    generateSequence(::readLine).forEach { line ->
        val (email, json) = line.split('\t', limit = 2)
        sync.upsert(email, json)
    }
}
