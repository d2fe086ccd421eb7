package no.fjordmedia.campaign.sync

import no.fjordmedia.campaign.auth.AdobeAuthConfig
import no.fjordmedia.campaign.auth.AdobeTokenProvider
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

class CampaignProfileSync(
    private val cfg: AdobeAuthConfig,
    private val tokens: AdobeTokenProvider,
    private val http: OkHttpClient,
    private val tenant: String = System.getenv("FJORD_CAMPAIGN_TENANT") ?: "fjordmedia",
) {
    private val base = "https://mc.adobe.io/$tenant/campaign/profileAndServicesExt/profile"

    fun upsert(email: String, payloadJson: String) {
        val req = Request.Builder()
            .url("$base/byEmail?email=$email")
            .header("Authorization", "Bearer ${tokens.fetch().value}")
            .header("x-api-key", cfg.clientId)
            .patch(payloadJson.toRequestBody("application/json".toMediaType()))
            .build()
        http.newCall(req).execute().use { check(it.isSuccessful) { "campaign upsert failed: ${it.code}" } }
    }
}
