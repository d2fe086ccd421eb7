package com.hooli.finance.bq;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.Map;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.cloud.bigquery.BigQuery;
import com.google.cloud.bigquery.BigQueryOptions;
import com.google.cloud.bigquery.InsertAllRequest;
import com.google.cloud.bigquery.TableId;

/** Writes the daily revenue rows into BigQuery (project hooli-finance-dwh). */
public class BigQueryPublisher {

    private final BigQuery bigQuery;

    public BigQueryPublisher(String keyFile) throws IOException {
        GoogleCredentials credentials;
        try (FileInputStream in = new FileInputStream(keyFile)) {
            credentials = ServiceAccountCredentials.fromStream(in);
        }
        bigQuery = BigQueryOptions.newBuilder()
                .setProjectId("hooli-finance-dwh")
                .setCredentials(credentials)
                .build()
                .getService();
    }

    public void publish(String table, Iterable<Map<String, Object>> rows) {
        InsertAllRequest.Builder request = InsertAllRequest.newBuilder(TableId.of("adobe_analytics", table));
        rows.forEach(request::addRow);
        bigQuery.insertAll(request.build());
    }
}
