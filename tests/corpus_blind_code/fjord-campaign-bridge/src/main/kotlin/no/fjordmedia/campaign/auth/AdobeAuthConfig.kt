package no.fjordmedia.campaign.auth

/**
 * Adobe Campaign Standard credentials.
 *
 * The Console project has both the old Service Account credential and the new
 * OAuth Server-to-Server one. FJORD_FEATURE_ADOBE_S2S decides which one we use.
 */
data class AdobeAuthConfig(
    val imsBaseUrl: String,
    val clientId: String,
    val clientSecret: String,
    val orgId: String,
    val technicalAccountId: String,
    val privateKeyPem: String?,
    val metascope: String,
    val oauthScopes: String,
    val useServerToServer: Boolean,
) {
    companion object {
        private const val CAMPAIGN_S2S_SCOPES =
            "openid,AdobeID,campaign_sdk,additional_info.projectedProductContext,campaign_config_server_general,deliverability_service_general"

        fun fromEnv(env: Map<String, String> = System.getenv()): AdobeAuthConfig = AdobeAuthConfig(
            imsBaseUrl = env["FJORD_IMS_BASE_URL"] ?: "https://ims-na1.adobelogin.com",
            clientId = env.getValue("FJORD_ADOBE_CLIENT_ID"),
            clientSecret = env.getValue("FJORD_ADOBE_CLIENT_SECRET"),
            orgId = env.getValue("FJORD_ADOBE_ORG_ID"),
            technicalAccountId = env.getValue("FJORD_ADOBE_TECH_ACCOUNT_ID"),
            privateKeyPem = env["FJORD_ADOBE_PRIVATE_KEY"],
            metascope = env["FJORD_ADOBE_METASCOPE"] ?: "ent_campaign_sdk",
            oauthScopes = env["FJORD_ADOBE_SCOPES"] ?: CAMPAIGN_S2S_SCOPES,
            useServerToServer = env["FJORD_FEATURE_ADOBE_S2S"]?.toBoolean() ?: false,
        )
    }
}
