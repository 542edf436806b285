package com.zivah.deploy.stack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stack as {@code deploy/stack.yaml} describes it: components, their ports, health probes, dependencies,
 * environment and databases. Read by the launcher, checked against compose and Kubernetes by a test.
 */
public record Stack(List<String> secrets, List<String> sharedContainerEnv, Map<String, Kind> kinds,
        Map<String, Component> components) {

    public record Kind(List<String> command) {
    }

    public record Component(String kind, Map<String, Integer> ports, List<String> dependsOn, Health health,
            String external, Map<String, Export> exports, Database database, Map<String, String> env,
            Map<String, String> localEnv, List<String> containerEnv, List<String> command, Map<String, String> config) {

        public Component {
            ports = ports == null ? Map.of() : ports;
            dependsOn = dependsOn == null ? List.of() : dependsOn;
            exports = exports == null ? Map.of() : exports;
            env = env == null ? Map.of() : env;
            localEnv = localEnv == null ? Map.of() : localEnv;
            containerEnv = containerEnv == null ? List.of() : containerEnv;
            config = config == null ? Map.of() : config;
        }

        /** The main port (the first one declared). */
        public int mainPort() {
            return ports.values().iterator().next();
        }

        public boolean isService() {
            return "quarkus".equals(kind);
        }
    }

    /** kind: jdbc | kafka-admin | http; url: JDBC URL, bootstrap servers or HTTP URL; timeout: seconds. */
    public record Health(String kind, String url, Integer timeout) {
        public int timeoutSeconds() {
            return timeout == null ? 120 : timeout;
        }
    }

    public record Export(String value, String override) {
    }

    /** The login role a data service logs in with, the schema it owns, the secret holding its password. */
    public record Database(String role, String schema, String password) {
    }

    public static Stack load(Path file) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            Stack stack = yaml.readValue(file.toFile(), Stack.class);
            stack.validate();
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public Stack {
        secrets = secrets == null ? List.of() : secrets;
        sharedContainerEnv = sharedContainerEnv == null ? List.of() : sharedContainerEnv;
        kinds = kinds == null ? Map.of() : kinds;
        components = components == null ? Map.of() : components;
    }

    public Component component(String name) {
        Component c = components.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no component " + name + " in the stack description");
        }
        return c;
    }

    /** Every role/schema some component owns, in declaration order. */
    public List<Database> databases() {
        return components.values().stream().map(Component::database).filter(d -> d != null).toList();
    }

    public List<String> services() {
        return components.entrySet().stream().filter(e -> e.getValue().isService()).map(Map.Entry::getKey).toList();
    }

    /** Start order: every component after its dependencies (declaration order among independent ones). */
    public List<String> startOrder() {
        List<String> order = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String name : components.keySet()) {
            visit(name, order, visiting);
        }
        return order;
    }

    private void visit(String name, List<String> order, Set<String> visiting) {
        if (order.contains(name)) {
            return;
        }
        if (!visiting.add(name)) {
            throw new IllegalStateException("dependency cycle: " + String.join(" -> ", visiting) + " -> " + name);
        }
        for (String dep : component(name).dependsOn()) {
            visit(dep, order, visiting);
        }
        visiting.remove(name);
        order.add(name);
    }

    private void validate() {
        Map<String, String> portOwners = new LinkedHashMap<>();
        components.forEach((name, c) -> {
            if (c.kind() == null || c.ports().isEmpty() || c.health() == null) {
                throw new IllegalStateException(name + ": kind, ports and health are required");
            }
            if (c.command() == null && !kinds.containsKey(c.kind())) {
                throw new IllegalStateException(name + ": no command and no kinds." + c.kind() + ".command");
            }
            for (String dep : c.dependsOn()) {
                if (!components.containsKey(dep)) {
                    throw new IllegalStateException(name + " depends on unknown component " + dep);
                }
            }
            c.ports().forEach((portName, port) -> {
                String previous = portOwners.put(String.valueOf(port), name + "/" + portName);
                if (previous != null) {
                    throw new IllegalStateException("port " + port + " declared twice: " + previous + ", " + name);
                }
            });
            if (c.database() != null && !secrets.contains(c.database().password())) {
                throw new IllegalStateException(name + ": database password " + c.database().password() + " is not a secret");
            }
        });
        startOrder();
    }
}
