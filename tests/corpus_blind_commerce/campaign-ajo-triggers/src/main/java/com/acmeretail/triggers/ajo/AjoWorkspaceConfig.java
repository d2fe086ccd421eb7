package com.acmeretail.triggers.ajo;

import java.io.InputStream;
import java.security.PrivateKey;
import java.util.Properties;

import com.adobe.aio.auth.JwtContext;
import com.adobe.aio.ims.ImsService;
import com.adobe.aio.ims.util.PrivateKeyBuilder;
import com.adobe.aio.workspace.Workspace;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * AJO unitary events were added later by the journeys team, who used aio-lib-java
 * with the workspace file downloaded from the Developer Console.
 */
@Configuration
public class AjoWorkspaceConfig {

    @Bean
    Workspace ajoWorkspace() throws Exception {
        Properties props = new Properties();
        try (InputStream in = new ClassPathResource("workspace.secret.properties").getInputStream()) {
            props.load(in);
        }
        PrivateKey privateKey = new PrivateKeyBuilder().properties(props).build();
        JwtContext authContext = JwtContext.builder()
                .credentialId(props.getProperty("aio_credential_id"))
                .clientSecret(props.getProperty("aio_client_secret"))
                .technicalAccountId(props.getProperty("aio_technical_account_id"))
                .addMetascope(props.getProperty("aio_meta_scopes"))
                .privateKey(privateKey)
                .build();
        return Workspace.builder()
                .imsUrl(props.getProperty("aio_ims_url"))
                .imsOrgId(props.getProperty("aio_ims_org_id"))
                .apiKey(props.getProperty("aio_api_key"))
                .consumerOrgId(props.getProperty("aio_consumer_org_id"))
                .projectId(props.getProperty("aio_project_id"))
                .workspaceId(props.getProperty("aio_workspace_id"))
                .authContext(authContext)
                .build();
    }

    @Bean
    ImsService ajoImsService(Workspace ajoWorkspace) {
        return ImsService.builder().workspace(ajoWorkspace).build();
    }
}
