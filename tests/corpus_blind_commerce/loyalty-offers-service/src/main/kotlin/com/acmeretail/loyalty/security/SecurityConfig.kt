package com.acmeretail.loyalty.security

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.security.config.web.server.ServerHttpSecurity
import org.springframework.security.web.server.SecurityWebFilterChain

@Configuration
class SecurityConfig {

    @Bean
    fun filterChain(http: ServerHttpSecurity): SecurityWebFilterChain = http
        .authorizeExchange {
            it.pathMatchers("/actuator/health/**").permitAll()
            it.pathMatchers("/backoffice/**").authenticated()
            it.anyExchange().hasAuthority("SCOPE_loyalty.read")
        }
        // mobile app / storefront calls carry JWTs from our own auth server
        .oauth2ResourceServer { it.jwt { } }
        // merchandisers sign in to the back office with their Adobe ID
        .oauth2Login { }
        .csrf { it.disable() }
        .build()
}
