package com.maiagentgateway.api;

import com.maiagentgateway.service.LaterAuditEntries;
import com.maiagentgateway.service.UsageFlush;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Stores what this node holds in memory to write later (the usage counted since the last flush, the audit entries
 * still queued) when the application stops, while its persistence unit is still open: by the time CDI destroys
 * their beans, Open Liberty has closed it, and a graceful stop lost up to one flush interval of every node's counts.
 */
@WebListener
public class HeldWritesAtStop implements ServletContextListener {

    @Inject
    UsageFlush usage;

    @Inject
    LaterAuditEntries auditEntries;

    @Override
    public void contextDestroyed(ServletContextEvent stopping) {
        usage.flush();
        auditEntries.writeQueued();
    }
}
