package com.acmeretail.triggers;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TriggersApplication {

    public static void main(String[] args) {
        SpringApplication.run(TriggersApplication.class, args);
    }
}
