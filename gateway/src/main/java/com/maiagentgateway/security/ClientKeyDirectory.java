package com.maiagentgateway.security;

import com.maiagentgateway.store.ClientApplication;
import com.maiagentgateway.store.ClientApplications;
import com.maiagentgateway.store.ClientKey;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every key of every client application, by SHA-256, in this node's memory: a call's key is one hash and
 * one map lookup, whether it is right or wrong (no timing tells a near miss from a far one, and no
 * database round trip is spent on it). Every {@code maiagent.clients.refresh-ms} (500) the node reads the
 * directory's version from the shared database, one row, and the keys again when it moved, so a key revoked or
 * an application suspended on any node is refused on every node within that time; a change made on this node
 * applies at once.
 */
@ApplicationScoped
public class ClientKeyDirectory {

    private static final Logger LOG = Logger.getLogger(ClientKeyDirectory.class.getName());

    @Inject
    ClientApplications applications;

    @Inject
    @ConfigProperty(name = "maiagent.clients.refresh-ms", defaultValue = "500")
    long refreshMillis;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    /** Per node on purpose: a copy of the shared table, read again every refresh. */
    private volatile Map<String, ClientIdentity> byHash = Map.of();
    private volatile boolean loaded;
    private volatile long version = -1;
    private ScheduledFuture<?> refreshing;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // Touching the bean is enough: @PostConstruct schedules the refresh.
    }

    @PostConstruct
    void scheduleRefresh() {
        refreshing = scheduler.scheduleWithFixedDelay(this::refreshIfChanged, 0, refreshMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (refreshing != null) {
            refreshing.cancel(false);
        }
    }

    /** The identity a presented key stands for (possibly revoked or suspended), or null for no key of ours. */
    public ClientIdentity find(String presentedKey) {
        if (!loaded) {
            refresh();
        }
        return byHash.get(ApiKeys.hash(presentedKey));
    }

    /** Reads every key again now (after a change on this node, so it applies before the next refresh). */
    public synchronized void refresh() {
        // The version first: a change committed while the keys are read moves it again, and the next poll reads them.
        long readVersion = applications.directoryVersion();
        Map<String, ClientIdentity> next = new HashMap<>();
        for (Object[] row : applications.keysWithApplications()) {
            ClientKey key = (ClientKey) row[0];
            next.put(key.getKeyHash(), ClientIdentity.of((ClientApplication) row[1], key));
        }
        byHash = Map.copyOf(next);
        version = readVersion;
        loaded = true;
    }

    private void refreshIfChanged() {
        try {
            if (!loaded || applications.directoryVersion() != version) {
                refresh();
            }
        } catch (RuntimeException databaseAway) {
            // Keys keep their last known state until the database answers again; readiness reports the database.
            LOG.log(Level.FINE, "Client keys could not be read again", databaseAway);
        }
    }
}
