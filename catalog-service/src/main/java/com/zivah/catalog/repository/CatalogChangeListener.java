package com.zivah.catalog.repository;

import com.zivah.catalog.service.PublicReadCache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the catalog's change notifications (channel {@value #CHANNEL}, raised by the V7 triggers on every write to
 * category, product and site_setting, delivered at commit to every listening replica) on one dedicated connection
 * outside the pool, and drops the {@link PublicReadCache} on each. When the connection is lost the cache is bypassed
 * until the listener is back (reconnecting with backoff, 0.5 s up to 10 s); a connection that died silently is
 * found by a ping every 5 s (socket timeout 10 s).
 */
@ApplicationScoped
public class CatalogChangeListener {

    public static final String CHANNEL = "catalog_changed";

    private static final Logger LOG = Logger.getLogger(CatalogChangeListener.class);
    private static final int POLL_MILLIS = 500;
    /** A silently dead connection yields no notifications and no error: a query every few seconds finds it out. */
    private static final long PING_MILLIS = 5_000;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final PublicReadCache cache;
    private final String url;
    private final String username;
    private final String password;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    public CatalogChangeListener(PublicReadCache cache,
                                 @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                                 @ConfigProperty(name = "quarkus.datasource.username") String username,
                                 @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.cache = cache;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        thread = new Thread(this::listen, "catalog-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        closeQuietly(connection);
        if (thread != null) {
            thread.join(2_000);
        }
    }

    private void listen() {
        long backoffMillis = 500;
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                cache.changesHeard(true);
                LOG.infof("Listening to %s: public reads are cached", CHANNEL);
                backoffMillis = 500;
                PGConnection notifications = listening.unwrap(PGConnection.class);
                long lastPing = System.nanoTime();
                while (running) {
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received != null && received.length > 0) {
                        cache.invalidateAll();
                    }
                    if (System.nanoTime() - lastPing > PING_MILLIS * 1_000_000) {
                        try (Statement ping = listening.createStatement()) {
                            ping.execute("select 1");
                        }
                        lastPing = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException failure) {
                cache.changesHeard(false);
                if (!running) {
                    return;
                }
                LOG.warnf("Change notifications lost (%s); public reads bypass the cache, retrying in %d ms",
                        failure.getMessage(), backoffMillis);
                sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF.toMillis());
            }
        }
        cache.changesHeard(false);
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "catalog-change-listener");
        // a dead peer is noticed by the reads of getNotifications: TCP keepalive plus a socket timeout above the poll
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("socketTimeout", "10");
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, properties);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing to stop: nothing left to do
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
