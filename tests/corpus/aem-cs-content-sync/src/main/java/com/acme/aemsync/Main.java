package com.acme.aemsync;

import java.nio.file.Path;

public final class Main {
    public static void main(String[] args) throws Exception {
        String token = AemServiceToken.fetch(Path.of("config/aem-service-credentials.json"));
        System.out.println("token acquired, " + token.length() + " chars");
    }
}
