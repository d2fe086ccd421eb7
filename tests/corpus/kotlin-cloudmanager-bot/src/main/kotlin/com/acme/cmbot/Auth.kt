package com.acme.cmbot

import com.adobe.aio.auth.OAuthContext
import com.adobe.aio.ims.ImsService
import com.adobe.aio.workspace.Workspace
import java.util.Properties

/** Cloud Manager API access via OAuth Server-to-Server (migrated from JWT in CM-88). */
object Auth {
    fun workspace(props: Properties): Workspace = Workspace.builder()
        .imsUrl(props.getProperty("aio_ims_url"))
        .imsOrgId(props.getProperty("aio_ims_org_id"))
        .apiKey(props.getProperty("aio_api_key"))
        .credentialId(props.getProperty("aio_credential_id"))
        .projectId(props.getProperty("aio_project_id"))
        .workspaceId(props.getProperty("aio_workspace_id"))
        .authContext(OAuthContext(props.getProperty("aio_client_secret"), props.getProperty("aio_oauth_scopes").split(",").toSet()))
        .build()

    fun token(ws: Workspace): String = ImsService.builder().workspace(ws).build().accessToken.accessToken
}
