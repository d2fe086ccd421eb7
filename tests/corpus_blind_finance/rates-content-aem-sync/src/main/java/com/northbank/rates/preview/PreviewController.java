package com.northbank.rates.preview;

import java.security.Principal;
import java.util.Map;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * Editors sign in with Adobe ID (IMS authorization code flow, configured under
 * micronaut.security.oauth2.clients.adobe) and see the staged vs. live rate tables.
 */
@Controller("/preview")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class PreviewController {

    @Get
    public Map<String, Object> index(Principal editor) {
        return Map.of("editor", editor.getName(), "staged", "/preview/staged", "live", "/preview/live");
    }
}
