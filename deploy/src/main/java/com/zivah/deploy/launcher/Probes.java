package com.zivah.deploy.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Health by a real probe of each server's own protocol, never by reading its log. */
final class Probes {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Probes() {
    }

    /** 2xx from the URL (Quarkus {@code /q/health/ready} on the management port, Keycloak's realm, GreenMail). */
    static boolean http(String url) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A JDBC session as the local superuser, and every declared schema exists (provisioning is done). */
    static boolean jdbc(String url, List<String> schemas) {
        DriverManager.setLoginTimeout(2);
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("password", "postgres");
        props.setProperty("connectTimeout", "2");
        props.setProperty("socketTimeout", "3");
        try (Connection c = DriverManager.getConnection(url, props);
             PreparedStatement p = c.prepareStatement("SELECT count(*) FROM pg_namespace WHERE nspname = ANY (?)")) {
            Array names = c.createArrayOf("text", schemas.toArray());
            p.setArray(1, names);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() && rs.getInt(1) == schemas.size();
            }
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    /** The broker answers an AdminClient describeCluster with at least one node. */
    static boolean kafka(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, "1000");
        props.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, "1000");
        props.put(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, "200");
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "zivah-launcher");
        Admin admin = Admin.create(props);
        try {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes()
                    .get(4, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        } finally {
            admin.close(Duration.ofMillis(500));
        }
    }
}
