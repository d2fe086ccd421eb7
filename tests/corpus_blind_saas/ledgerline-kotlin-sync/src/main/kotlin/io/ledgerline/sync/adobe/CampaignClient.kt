package io.ledgerline.sync.adobe

import org.springframework.stereotype.Component
import org.springframework.web.reactive.function.client.WebClient
import org.springframework.web.reactive.function.client.bodyToMono

@Component
class CampaignClient(
    private val props: AdobeImsProperties,
    private val tokens: ImsTokenProvider,
    webClientBuilder: WebClient.Builder,
) {
    private val client = webClientBuilder.baseUrl("https://mc.adobe.io/${props.campaignTenant}/campaign").build()

    fun upsertProfile(email: String, attributes: Map<String, Any?>): Map<String, Any> =
        client.post()
            .uri("/profileAndServices/profile")
            .header("Authorization", "Bearer ${tokens.accessToken()}")
            .header("X-Api-Key", props.clientId)
            .bodyValue(attributes + ("email" to email))
            .retrieve()
            .bodyToMono<Map<String, Any>>()
            .block() ?: emptyMap()
}
