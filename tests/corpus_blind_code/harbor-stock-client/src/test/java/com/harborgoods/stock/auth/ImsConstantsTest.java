package com.harborgoods.stock.auth;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImsConstantsTest {

    @Test
    void defaultHostIsHttps() {
        assertTrue(ImsConstants.DEFAULT_IMS_HOST.startsWith("https://"));
    }
}
