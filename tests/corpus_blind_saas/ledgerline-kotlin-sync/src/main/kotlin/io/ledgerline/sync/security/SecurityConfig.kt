package io.ledgerline.sync.security

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.security.config.annotation.web.builders.HttpSecurity
import org.springframework.security.config.annotation.web.invoke
import org.springframework.security.web.SecurityFilterChain

@Configuration
class SecurityConfig {
    @Bean
    fun api(http: HttpSecurity): SecurityFilterChain {
        http {
            authorizeHttpRequests {
                authorize("/actuator/health", permitAll)
                authorize("/api/**", hasAuthority("SCOPE_campaign-sync"))
                authorize(anyRequest, denyAll)
            }
            oauth2ResourceServer { jwt { } }
            csrf { disable() }
        }
        return http.build()
    }
}
