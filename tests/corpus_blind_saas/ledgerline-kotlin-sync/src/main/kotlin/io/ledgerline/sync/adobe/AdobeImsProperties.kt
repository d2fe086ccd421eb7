package io.ledgerline.sync.adobe

import org.springframework.boot.context.properties.ConfigurationProperties
import org.springframework.core.io.Resource
import java.time.Duration

@ConfigurationProperties(prefix = "ledgerline.adobe")
data class AdobeImsProperties(
    val authMode: String = "jwt",
    val imsHost: String,
    val orgId: String,
    val clientId: String,
    val clientSecret: String,
    val technicalAccountId: String,
    val campaignTenant: String,
    val jwt: Jwt = Jwt(),
) {
    data class Jwt(
        val exchangePath: String = "/ims/exchange/jwt",
        val metascopes: List<String> = listOf("ent_campaign_sdk"),
        val privateKeyLocation: Resource? = null,
        val lifetime: Duration = Duration.ofMinutes(5),
    )
}
