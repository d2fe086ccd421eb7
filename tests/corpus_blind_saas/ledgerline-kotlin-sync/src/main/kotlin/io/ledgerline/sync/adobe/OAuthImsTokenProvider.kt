package io.ledgerline.sync.adobe

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository
import org.springframework.stereotype.Component

/** OAuth Server-to-Server: spring-security handles the token request and caching. */
@Component
@ConditionalOnProperty(prefix = "ledgerline.adobe", name = ["auth-mode"], havingValue = "oauth")
class OAuthImsTokenProvider(
    registrations: ClientRegistrationRepository,
    clientService: OAuth2AuthorizedClientService,
) : ImsTokenProvider {

    private val manager = AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, clientService).apply {
        setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build())
    }

    override fun accessToken(): String {
        val request = OAuth2AuthorizeRequest.withClientRegistrationId("adobe-ims").principal("ledgerline-campaign-sync").build()
        val client = manager.authorize(request) ?: error("Adobe IMS authorization failed")
        return client.accessToken.tokenValue
    }
}
