package com.northbank.consent;

import java.util.List;

import com.adobe.aio.event.journal.JournalService;
import com.adobe.aio.event.journal.model.JournalEntry;
import com.adobe.aio.workspace.Workspace;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

@ApplicationScoped
public class JournalPoller {

    private final JournalService journal;
    private final Emitter<String> out;

    public JournalPoller(Workspace workspace, @ConfigProperty(name = "bridge.journal-url") String journalUrl,
                         @Channel("consent-changes") Emitter<String> out) {
        this.journal = JournalService.builder().workspace(workspace).url(journalUrl).build();
        this.out = out;
    }

    @Scheduled(every = "${bridge.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        JournalEntry entry = journal.getOldest();
        while (entry != null && !entry.isEmpty()) {
            List<?> events = entry.getEvents();
            events.forEach(e -> out.send(e.toString()));
            entry = journal.get(entry.getNextLink());
        }
    }
}
