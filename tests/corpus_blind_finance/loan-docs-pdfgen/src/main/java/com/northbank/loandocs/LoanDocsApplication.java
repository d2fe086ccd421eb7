package com.northbank.loandocs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LoanDocsApplication {

    public static void main(String[] args) {
        SpringApplication.run(LoanDocsApplication.class, args);
    }
}
