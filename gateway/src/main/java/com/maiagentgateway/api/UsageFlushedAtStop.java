package com.maiagentgateway.api;

import com.maiagentgateway.service.UsageFlush;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Stores the usage counted since the last flush when the application stops, while its persistence unit is still open:
 * by the time CDI destroys {@link UsageFlush}, Open Liberty has closed it, and a graceful stop lost up to one flush
 * interval of every node's counts.
 */
@WebListener
public class UsageFlushedAtStop implements ServletContextListener {

    @Inject
    UsageFlush usage;

    @Override
    public void contextDestroyed(ServletContextEvent stopping) {
        usage.flush();
    }
}
