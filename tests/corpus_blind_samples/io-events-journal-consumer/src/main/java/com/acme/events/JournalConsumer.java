package com.acme.events;

import com.adobe.aio.event.journal.JournalService;
import com.adobe.aio.event.journal.model.JournalEntry;
import com.adobe.aio.ims.ImsService;
import com.adobe.aio.ims.util.PrivateKeyBuilder;
import com.adobe.aio.workspace.Workspace;

import java.io.InputStream;
import java.security.PrivateKey;
import java.util.Properties;

public final class JournalConsumer {

  private JournalConsumer() {
  }

  public static void main(String[] args) throws Exception {
    Properties props = new Properties();
    try (InputStream in = JournalConsumer.class.getResourceAsStream("/workspace.secret.properties")) {
      props.load(in);
    }
    PrivateKey privateKey = new PrivateKeyBuilder().properties(props).build();
    Workspace workspace = Workspace.builder()
        .properties(props)
        .privateKey(privateKey)
        .build();

    ImsService ims = ImsService.builder().workspace(workspace).build();
    if (!ims.validateAccessToken(ims.getJwtExchangeAccessToken().getAccessToken())) {
      throw new IllegalStateException("IMS token rejected");
    }

    JournalService journal = JournalService.builder()
        .workspace(workspace)
        .url(props.getProperty("aio_journal_url"))
        .build();

    TeamsNotifier teams = new TeamsNotifier(props);
    JournalEntry entry = journal.getOldest();
    while (entry != null && !entry.isEmpty()) {
      entry.getEvents().forEach(e -> teams.post("AEM asset event: " + e.getEvent().get("type")));
      entry = journal.get(entry.getNextLink());
    }
  }
}
