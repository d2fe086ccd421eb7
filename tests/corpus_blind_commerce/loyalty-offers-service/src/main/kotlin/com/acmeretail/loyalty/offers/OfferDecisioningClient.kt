package com.acmeretail.loyalty.offers

import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Component
import org.springframework.web.reactive.function.client.WebClient
import org.springframework.web.reactive.function.client.awaitBody

data class Proposition(val id: String, val items: List<Map<String, Any>>)

/** Journey Optimizer decision management (Offer Decisioning) for the loyalty page. */
@Component
class OfferDecisioningClient(
    private val adobeWebClient: WebClient,
    @Value("\${adobe.offers.base-url}") private val baseUrl: String,
    @Value("\${adobe.offers.container-id}") private val containerId: String,
    @Value("\${adobe.offers.decision-scope}") private val decisionScope: String,
) {
    suspend fun offersFor(loyaltyId: String): List<Proposition> {
        val request = mapOf(
            "xdm:propositionRequests" to listOf(mapOf("xdm:activityId" to decisionScope)),
            "xdm:profiles" to listOf(mapOf("xdm:identityMap" to mapOf("loyaltyId" to listOf(mapOf("xdm:id" to loyaltyId))))),
            "xdm:allowDuplicatePropositions" to mapOf("xdm:acrossActivities" to false),
        )
        val response: Map<String, Any> = adobeWebClient.post()
            .uri("$baseUrl/$containerId/decisions")
            .header("Accept", "application/vnd.adobe.xdm+json; schema=\"https://ns.adobe.com/experience/offer-management/decision-response;version=1.0\"")
            .bodyValue(request)
            .retrieve()
            .awaitBody()
        @Suppress("UNCHECKED_CAST")
        val props = response["xdm:propositions"] as? List<Map<String, Any>> ?: emptyList()
        return props.map { Proposition(it["xdm:id"].toString(), (it["xdm:options"] as? List<Map<String, Any>>).orEmpty()) }
    }
}
