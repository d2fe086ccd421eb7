package com.examplecorp.aem.core.analytics;

import com.adobe.aio.auth.JwtContext;
import com.adobe.aio.ims.ImsService;
import com.adobe.aio.ims.util.PrivateKeyBuilder;
import com.adobe.aio.workspace.Workspace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.PrivateKey;
import java.util.Properties;

@Component(service = InsightsExporter.class, immediate = true)
@Designate(ocd = InsightsExporter.Config.class)
public class InsightsExporter {

    private static final Logger LOG = LoggerFactory.getLogger(InsightsExporter.class);

    @ObjectClassDefinition(name = "ExampleCorp - Asset Insights exporter")
    public @interface Config {
        @AttributeDefinition(name = "Workspace properties resource")
        String workspaceResource() default "workspace.secret.properties";
    }

    private ImsService ims;

    @Activate
    protected void activate(Config cfg) throws Exception {
        Properties props = new Properties();
        props.load(getClass().getClassLoader().getResourceAsStream(cfg.workspaceResource()));
        PrivateKey key = new PrivateKeyBuilder().properties(props).build();
        JwtContext auth = JwtContext.builder()
                .credentialId(props.getProperty("aio_credential_id", ""))
                .clientSecret(System.getenv("ANALYTICS_CLIENT_SECRET"))
                .technicalAccountId(props.getProperty("aio_technical_account_id"))
                .addMetascope(props.getProperty("aio_meta_scopes"))
                .privateKey(key)
                .build();
        Workspace ws = Workspace.builder()
                .imsOrgId(props.getProperty("aio_ims_org_id"))
                .apiKey(props.getProperty("aio_api_key"))
                .authContext(auth)
                .build();
        ims = ImsService.builder().workspace(ws).build();
        LOG.info("asset insights exporter ready");
    }

    public String token() {
        return ims.getAccessToken().getAccessToken();
    }
}
