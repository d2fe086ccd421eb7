package com.hooli.finance.adobe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;

import com.adobe.aio.workspace.Workspace;

/**
 * Calls the Analytics 2.0 reports API. The token comes from {@link AdobeWorkspaceFactory}.
 */
public class AnalyticsRevenueClient {

    private static final String REPORTS = "https://analytics.adobe.io/api/%s/reports";

    private final Workspace workspace;
    private final String companyId;

    public AnalyticsRevenueClient(Workspace workspace, String companyId) {
        this.workspace = workspace;
        this.companyId = companyId;
    }

    public String revenueByDay(String reportSuite, String from, String to) throws IOException {
        String token = AdobeWorkspaceFactory.accessToken(workspace);
        String body = "{\"rsid\":\"" + reportSuite + "\",\"globalFilters\":[{\"type\":\"dateRange\",\"dateRange\":\""
                + from + "/" + to + "\"}],\"metricContainer\":{\"metrics\":[{\"id\":\"metrics/revenue\"}]},"
                + "\"dimension\":\"variables/daterangeday\"}";
        return Http.postJson(String.format(REPORTS, companyId), body, token, workspace.getApiKey(), companyId);
    }
}
