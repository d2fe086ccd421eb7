package com.agency.journal;

import java.io.InputStream;
import java.util.Properties;

import com.adobe.aio.event.journal.JournalService;
import com.adobe.aio.event.journal.model.JournalEntry;
import com.adobe.aio.workspace.Workspace;

/**
 * Replays an I/O Events journal into the client's CRM webhook.
 * Usage: java -jar journal-util.jar [--stage] <journal-url> <crm-webhook-url>
 */
public final class App {

  public static void main(String[] args) throws Exception {
    boolean stage = args.length > 0 && "--stage".equals(args[0]);
    int i = stage ? 1 : 0;
    String journalUrl = args[i];
    String webhook = args[i + 1];

    Workspace ws = stage
        ? AuthFactory.legacy(load("workspace.jwt.properties"))
        : AuthFactory.oauth(load("workspace.secret.properties"));

    JournalService journal = JournalService.builder().workspace(ws).url(journalUrl).build();
    CrmForwarder crm = new CrmForwarder(webhook, OktaTokens.fromEnv());
    JournalEntry entry;
    while ((entry = journal.getOldest()) != null && !entry.isEmpty()) {
      entry.getEvents().forEach(crm::forward);
      journal = JournalService.builder().workspace(ws).url(entry.getNextLink()).build();
    }
  }

  private static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = App.class.getClassLoader().getResourceAsStream(name)) {
      p.load(in);
    }
    return p;
  }
}
