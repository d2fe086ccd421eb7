package com.northbank.life.esign;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AcrobatSignWebhookController {

    private final String expectedClientId;

    public AcrobatSignWebhookController(@Value("${acrobat-sign.oauth.client-id}") String expectedClientId) {
        this.expectedClientId = expectedClientId;
    }

    /** Verification of intent: echo the client id back. */
    @GetMapping("/webhooks/acrobat-sign")
    public ResponseEntity<Map<String, String>> verify(@RequestHeader("X-AdobeSign-ClientId") String clientId) {
        if (!expectedClientId.equals(clientId)) {
            return ResponseEntity.status(403).build();
        }
        return ResponseEntity.ok().header("X-AdobeSign-ClientId", clientId).body(Map.of("xAdobeSignClientId", clientId));
    }

    @PostMapping("/webhooks/acrobat-sign")
    public ResponseEntity<Map<String, String>> event(@RequestHeader("X-AdobeSign-ClientId") String clientId,
                                                     @RequestBody Map<String, Object> event) {
        if (!expectedClientId.equals(clientId)) {
            return ResponseEntity.status(403).build();
        }
        // AGREEMENT_WORKFLOW_COMPLETED -> mark policy documents as signed (handled async)
        return ResponseEntity.ok(Map.of("xAdobeSignClientId", clientId));
    }
}
