package com.acmeretail.loyalty.config

import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction
import org.springframework.web.reactive.function.client.WebClient

@Configuration
class AdobeClientConfig {

    @Bean
    fun adobeAuthorizedClientManager(
        registrations: ReactiveClientRegistrationRepository,
        clients: ReactiveOAuth2AuthorizedClientService,
    ): AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager {
        val provider = ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
            .clientCredentials()
            .build()
        return AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(registrations, clients).apply {
            setAuthorizedClientProvider(provider)
        }
    }

    /** WebClient for platform.adobe.io; the filter adds the IMS bearer token of registration "adobe-s2s". */
    @Bean
    fun adobeWebClient(
        manager: AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager,
        @Value("\${spring.security.oauth2.client.registration.adobe-s2s.client-id}") clientId: String,
        @Value("\${adobe.org-id}") orgId: String,
        @Value("\${adobe.sandbox}") sandbox: String,
    ): WebClient {
        val oauth = ServerOAuth2AuthorizedClientExchangeFilterFunction(manager)
        oauth.setDefaultClientRegistrationId("adobe-s2s")
        return WebClient.builder()
            .filter(oauth)
            .defaultHeader("x-api-key", clientId)
            .defaultHeader("x-gw-ims-org-id", orgId)
            .defaultHeader("x-sandbox-name", sandbox)
            .build()
    }
}
