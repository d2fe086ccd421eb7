package com.acme.aem.automation;

import com.google.api.client.googleapis.javanet.GoogleNetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.SheetsScopes;
import com.google.api.services.sheets.v4.model.ValueRange;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import java.io.FileInputStream;
import java.util.List;

/** Writes the content audit to the web team's Google Sheet using a Google service account. */
public final class SheetsExporter {

  private final Sheets sheets;
  private final String spreadsheetId;

  public SheetsExporter(String credentialsPath, String spreadsheetId) throws Exception {
    GoogleCredentials creds;
    try (FileInputStream in = new FileInputStream(credentialsPath)) {
      creds = ServiceAccountCredentials.fromStream(in).createScoped(List.of(SheetsScopes.SPREADSHEETS));
    }
    this.sheets = new Sheets.Builder(GoogleNetHttpTransport.newTrustedTransport(), GsonFactory.getDefaultInstance(),
        new HttpCredentialsAdapter(creds)).setApplicationName("aem-content-automation").build();
    this.spreadsheetId = spreadsheetId;
  }

  public void writeAudit(List<List<Object>> rows) throws Exception {
    sheets.spreadsheets().values()
        .update(spreadsheetId, "Audit!A1", new ValueRange().setValues(rows))
        .setValueInputOption("RAW")
        .execute();
  }
}
