package com.maiagentgateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.maiagentgateway.it.GatewayWar;
import com.maiagentgateway.model.AuditFilter;
import com.maiagentgateway.model.AuditOutcome;
import com.maiagentgateway.service.AuditTrail;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In the server: an audit entry goes through JPA into the database and comes back as written. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive gateway() {
        return GatewayWar.named("audit").addClasses(AuditTrailIT.class);
    }

    @Inject
    AuditTrail auditTrail;

    @Inject
    AuditRepository repository;

    @Test
    void entryRoundTripsThroughTheDatabase() {
        String actor = "it-" + UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(1);

        auditTrail.record(actor, "conversation.create", "conversation 42", AuditOutcome.FAILURE, "upstream 503");

        List<AuditEntry> found = repository.find(new AuditFilter(actor, null, before, null), 0, 10);
        assertEquals(1, found.size());
        AuditEntry entry = found.get(0);
        assertNotNull(entry.getId());
        assertEquals("conversation.create", entry.getAction());
        assertEquals("conversation 42", entry.getTarget());
        assertEquals(AuditOutcome.FAILURE, entry.getOutcome());
        assertEquals("upstream 503", entry.getDetail());
        assertEquals(1, repository.count(new AuditFilter(actor, null, null, null)));
    }

    @Test
    void filtersNarrowByActionAndTime() {
        String actor = "it-" + UUID.randomUUID();
        auditTrail.record(actor, "message.send", "c1", AuditOutcome.SUCCESS, null);
        auditTrail.record(actor, "attachment.upload", "c1", AuditOutcome.SUCCESS, null);

        assertEquals(1, repository.count(new AuditFilter(actor, "message.send", null, null)));
        assertEquals(0, repository.count(new AuditFilter(actor, null, Instant.now().plusSeconds(60), null)));
        assertEquals(2, repository.count(new AuditFilter(actor, null, null, Instant.now().plusSeconds(60))));
    }
}
