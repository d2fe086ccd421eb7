package com.acme.campaignsync.ims;

import com.adobe.aio.auth.Context;
import com.adobe.aio.auth.JwtContext;
import com.adobe.aio.auth.OAuthContext;
import com.adobe.aio.ims.ImsService;
import com.adobe.aio.ims.util.PrivateKeyBuilder;
import com.adobe.aio.workspace.Workspace;
import java.io.FileInputStream;
import java.io.InputStream;
import java.security.PrivateKey;
import java.util.HashSet;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ImsProperties.class)
public class ImsWorkspaceConfig {

  private static final Logger log = LoggerFactory.getLogger(ImsWorkspaceConfig.class);

  @Bean
  Workspace workspace(ImsProperties props) throws Exception {
    Properties ws = new Properties();
    try (InputStream in = new FileInputStream(props.workspaceFile())) {
      ws.load(in);
    }

    Context authContext;
    if (props.authMode() == AuthMode.OAUTH) {
      log.info("IMS: using OAuth Server-to-Server credential");
      authContext = new OAuthContext(props.clientSecret(), new HashSet<>(props.oauth().scopes()));
    } else {
      // legacy Service Account (JWT) path -- delete after the CAMP-412 cutover
      log.warn("IMS: using deprecated JWT credential");
      PrivateKey key = new PrivateKeyBuilder().encodedPkcs8Key(ws.getProperty("aio_encoded_pkcs8")).build();
      authContext = JwtContext.builder()
          .clientSecret(props.clientSecret())
          .technicalAccountId(props.technicalAccountId())
          .addMetascope(ws.getProperty("aio_meta_scopes"))
          .privateKey(key)
          .build();
    }

    return Workspace.builder()
        .imsUrl(ws.getProperty("aio_ims_url"))
        .imsOrgId(props.orgId())
        .apiKey(props.clientId())
        .consumerOrgId(ws.getProperty("aio_consumer_org_id"))
        .projectId(ws.getProperty("aio_project_id"))
        .workspaceId(ws.getProperty("aio_workspace_id"))
        .authContext(authContext)
        .build();
  }

  @Bean
  ImsService imsService(Workspace workspace) {
    return ImsService.builder().workspace(workspace).build();
  }
}
