package com.zivah.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.deploy.stack.Stack;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml, deploy/k8s/base, the services' Dockerfiles and deploy/compose/postgres-init.sh against
 * the one description, deploy/stack.yaml. A failure names the component and what differs: after adding a
 * service to stack.yaml, this test lists what compose and Kubernetes still lack.
 *
 * <p>Env rule: every name a service's {@code env} declares is given by compose and by Kubernetes (container
 * env, generated ConfigMaps, or the image's ENV); every name they give is declared ({@code env}, its
 * {@code containerEnv}, or {@code sharedContainerEnv}). {@code localEnv} is the local stack's only.
 */
class StackMatchesPlatformsTest {

    static final Path ROOT = Path.of(System.getProperty("zivah.root", "..")).toAbsolutePath().normalize();
    static final Stack STACK = Stack.load(ROOT.resolve("deploy/stack.yaml"));

    // ------------------------------------------------------------------------------------------ compose

    @Test
    void composeRunsEveryComponentAndNothingElse() {
        assertEquals(new TreeSet<>(STACK.components().keySet()), new TreeSet<>(composeServices().keySet()),
                "docker-compose.yml services vs deploy/stack.yaml components");
    }

    @Test
    void composeGivesEachServiceItsPortsDependenciesAndEnvironment() {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Object>> services = composeServices();
        for (String name : STACK.components().keySet()) {
            Stack.Component c = STACK.component(name);
            Map<String, Object> service = services.get(name);
            if (service == null) {
                problems.add(name + ": missing in docker-compose.yml");
                continue;
            }
            Set<String> dependsOn = service.get("depends_on") == null ? Set.of()
                    : new TreeSet<>(map(service.get("depends_on")).keySet());
            if (!dependsOn.equals(new TreeSet<>(c.dependsOn()))) {
                problems.add(name + ": depends_on " + dependsOn + ", stack.yaml dependsOn " + new TreeSet<>(c.dependsOn()));
            }
            if (!c.isService()) {
                continue;
            }
            Map<String, Object> env = map(service.getOrDefault("environment", Map.of()));
            Map<String, String> image = dockerfileEnv(name);
            Map<String, Object> given = new HashMap<>(image);
            given.putAll(env);
            expectPort(problems, name + " (compose)", given, "QUARKUS_HTTP_PORT", c.ports().get("http"));
            expectPort(problems, name + " (compose)", given, "QUARKUS_MANAGEMENT_PORT", c.ports().get("management"));
            compareEnv(problems, name + " (compose)", c, given.keySet(), image.keySet());
            String healthcheck = String.valueOf(map(service.get("healthcheck")).get("test"));
            if (!healthcheck.contains(healthPath(c)) || !healthcheck.contains("QUARKUS_MANAGEMENT_PORT")) {
                problems.add(name + " (compose): healthcheck " + healthcheck + " does not probe " + healthPath(c)
                        + " on the management port");
            }
        }
        Map<String, Object> postgresEnv = map(services.get("postgres").get("environment"));
        for (Stack.Database d : STACK.databases()) {
            if (!postgresEnv.containsKey(d.password())) {
                problems.add("postgres (compose): no " + d.password() + " for postgres-init.sh");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ------------------------------------------------------------------------------------------ Kubernetes

    @Test
    void kubernetesDeploysEveryServiceWithItsPortsProbesCallersAndEnvironment() throws IOException {
        Path base = ROOT.resolve("deploy/k8s/base");
        Map<String, Object> kustomization = map(new Yaml().load(Files.readString(base.resolve("kustomization.yaml"))));
        Map<String, Set<String>> configMaps = new HashMap<>();
        for (Object generator : list(kustomization.get("configMapGenerator"))) {
            Set<String> names = new LinkedHashSet<>();
            for (Object literal : list(map(generator).get("literals"))) {
                names.add(String.valueOf(literal).split("=", 2)[0]);
            }
            configMaps.put(String.valueOf(map(generator).get("name")), names);
        }
        List<String> resources = list(kustomization.get("resources")).stream().map(String::valueOf).toList();
        List<String> problems = new ArrayList<>();
        Set<String> deployed = new TreeSet<>();
        for (String resource : resources) {
            for (Object doc : new Yaml().loadAll(Files.readString(base.resolve(resource)))) {
                Map<String, Object> m = map(doc);
                if ("Deployment".equals(m.get("kind"))) {
                    deployed.add(String.valueOf(map(m.get("metadata")).get("name")));
                }
            }
        }
        assertEquals(new TreeSet<>(STACK.services()), deployed, "Deployments in deploy/k8s/base vs stack.yaml services");

        for (String name : STACK.services()) {
            Stack.Component c = STACK.component(name);
            String where = name + " (k8s)";
            Map<String, Object> deployment = null;
            Map<String, Object> service = null;
            Map<String, Object> policy = null;
            for (Object doc : new Yaml().loadAll(Files.readString(base.resolve(name + ".yaml")))) {
                Map<String, Object> m = map(doc);
                switch (String.valueOf(m.get("kind"))) {
                    case "Deployment" -> deployment = m;
                    case "Service" -> service = m;
                    case "NetworkPolicy" -> policy = m;
                    default -> {
                    }
                }
            }
            assertNotNull(deployment, where + ": no Deployment in " + name + ".yaml");
            Map<String, Object> template = map(map(deployment.get("spec")).get("template"));
            Map<String, Object> container = map(list(map(template.get("spec")).get("containers")).get(0));
            Map<String, Integer> ports = new HashMap<>();
            for (Object p : list(container.get("ports"))) {
                ports.put(String.valueOf(map(p).get("name")), (Integer) map(p).get("containerPort"));
            }
            if (!ports.equals(c.ports())) {
                problems.add(where + ": container ports " + ports + ", stack.yaml " + c.ports());
            }
            Object scrapePort = map(map(template.get("metadata")).get("annotations")).get("prometheus.io/port");
            if (!String.valueOf(c.ports().get("management")).equals(String.valueOf(scrapePort))) {
                problems.add(where + ": prometheus.io/port " + scrapePort + ", management port " + c.ports().get("management"));
            }
            Map<String, Object> readiness = map(map(container.get("readinessProbe")).get("httpGet"));
            if (!healthPath(c).equals(readiness.get("path")) || !"management".equals(readiness.get("port"))) {
                problems.add(where + ": readinessProbe " + readiness + ", stack.yaml " + healthPath(c) + " on management");
            }
            for (String probe : List.of("startupProbe", "livenessProbe")) {
                if (!"management".equals(map(map(container.get(probe)).get("httpGet")).get("port"))) {
                    problems.add(where + ": " + probe + " not on port management");
                }
            }
            // environment: container env, the ConfigMaps it loads, the image's ENV
            Map<String, String> image = dockerfileEnv(name);
            Set<String> given = new LinkedHashSet<>(image.keySet());
            Map<String, Object> values = new HashMap<>(image);
            for (Object e : list(container.get("env"))) {
                given.add(String.valueOf(map(e).get("name")));
                values.put(String.valueOf(map(e).get("name")), map(e).get("value"));
            }
            for (Object from : list(container.get("envFrom"))) {
                String ref = String.valueOf(map(map(from).get("configMapRef")).get("name"));
                Set<String> names = configMaps.get(ref);
                if (names == null) {
                    problems.add(where + ": envFrom ConfigMap " + ref + " is not generated in kustomization.yaml");
                } else {
                    given.addAll(names);
                }
            }
            expectPort(problems, where, values, "QUARKUS_MANAGEMENT_PORT", c.ports().get("management"));
            expectPort(problems, where, values, "QUARKUS_HTTP_PORT", c.ports().get("http"));
            compareEnv(problems, where, c, given, image.keySet());
            // Service: the http port only
            assertNotNull(service, where + ": no Service");
            List<Object> servicePorts = list(map(service.get("spec")).get("ports"));
            if (servicePorts.size() != 1 || !c.ports().get("http").equals(map(servicePorts.get(0)).get("port"))) {
                problems.add(where + ": Service ports " + servicePorts + ", stack.yaml http " + c.ports().get("http"));
            }
            // NetworkPolicy: the callers on port http are exactly the services that depend on this one
            assertNotNull(policy, where + ": no NetworkPolicy");
            Set<String> callers = new TreeSet<>();
            for (Object rule : list(map(policy.get("spec")).get("ingress"))) {
                boolean http = list(map(rule).get("ports")).stream().anyMatch(p -> "http".equals(map(p).get("port")));
                for (Object from : list(map(rule).get("from"))) {
                    Object selector = map(from).get("podSelector");
                    if (http && selector != null) {
                        callers.add(String.valueOf(map(map(selector).get("matchLabels")).get("app.kubernetes.io/name")));
                    }
                }
            }
            Set<String> dependents = new TreeSet<>();
            STACK.components().forEach((other, oc) -> {
                if (oc.dependsOn().contains(name)) {
                    dependents.add(other);
                }
            });
            if (!callers.equals(dependents)) {
                problems.add(where + ": NetworkPolicy admits " + callers + " on http, stack.yaml dependents " + dependents);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ------------------------------------------------------------------------------------------ images

    @Test
    void eachServiceImageExposesItsTwoPorts() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String name : STACK.services()) {
            Stack.Component c = STACK.component(name);
            String dockerfile = Files.readString(dockerfile(name));
            String expose = "EXPOSE " + c.ports().get("http") + " " + c.ports().get("management");
            if (!dockerfile.contains(expose)) {
                problems.add(name + ": Dockerfile.jvm lacks '" + expose + "'");
            }
            expectPort(problems, name + " (Dockerfile)", new HashMap<>(dockerfileEnv(name)), "QUARKUS_HTTP_PORT",
                    c.ports().get("http"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void servicePortsFollowTheConvention() {
        for (String name : STACK.services()) {
            Map<String, Integer> ports = STACK.component(name).ports();
            assertEquals(List.of("http", "management"), List.copyOf(ports.keySet()), name);
            assertEquals(ports.get("http") + 1000, ports.get("management"), name + ": management = http + 1000");
        }
    }

    // ------------------------------------------------------------------------------------------ services' own defaults

    /**
     * A service's application.properties holds local defaults (for {@code java -jar} or {@code quarkus:dev} by hand):
     * its own ports are the described ones, and every {@code host:port} default names a component it depends on.
     */
    @Test
    void eachServicesOwnDefaultsMatchTheDescription() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern local = Pattern.compile("(?:localhost|127\\.0\\.0\\.1):(\\d+)");
        for (String name : STACK.services()) {
            Stack.Component c = STACK.component(name);
            Properties defaults = new Properties();
            try (var in = Files.newBufferedReader(ROOT.resolve(name + "/src/main/resources/application.properties"))) {
                defaults.load(in);
            }
            expectDefault(problems, name, defaults, "quarkus.http.port", c.ports().get("http"));
            expectDefault(problems, name, defaults, "quarkus.management.port", c.ports().get("management"));
            Set<Integer> reachable = new TreeSet<>();
            for (String dependency : c.dependsOn()) {
                reachable.addAll(STACK.component(dependency).ports().values());
            }
            for (String key : defaults.stringPropertyNames()) {
                if (key.startsWith("%")) {
                    continue; // profile-specific (dev, test): not the stack's defaults
                }
                Matcher m = local.matcher(defaults.getProperty(key));
                while (m.find()) {
                    int port = Integer.parseInt(m.group(1));
                    if (!reachable.contains(port)) {
                        problems.add(name + ": " + key + " defaults to port " + port
                                + ", which no component it dependsOn in stack.yaml has " + reachable);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void expectDefault(List<String> problems, String service, Properties defaults, String key, int port) {
        String value = defaults.getProperty(key);
        if (!String.valueOf(port).equals(value)) {
            problems.add(service + ": " + key + "=" + value + " in application.properties, stack.yaml says " + port);
        }
    }

    // ------------------------------------------------------------------------------------------ PostgreSQL

    /** postgres-init.sh cannot run Java: it must create exactly the roles and schemas stack.yaml declares. */
    @Test
    void composePostgresInitCreatesExactlyTheDeclaredRolesAndSchemas() throws IOException {
        String script = Files.readString(ROOT.resolve("deploy/compose/postgres-init.sh"));
        Set<String> roles = new TreeSet<>();
        Set<String> schemas = new TreeSet<>();
        Set<String> passwords = new TreeSet<>();
        for (Stack.Database d : STACK.databases()) {
            roles.add(d.role());
            schemas.add(d.schema());
            passwords.add(d.password());
        }
        assertEquals(roles, words(script, "unnest\\(ARRAY\\[([^\\]]*)]\\)"), "roles created (CREATE ROLE ... unnest)");
        assertEquals(roles, all(script, "ALTER ROLE (\\w+) WITH LOGIN PASSWORD"), "roles given a password");
        Map<String, String> owners = new HashMap<>();
        Matcher m = Pattern.compile("CREATE SCHEMA IF NOT EXISTS (\\w+) AUTHORIZATION (\\w+)").matcher(script);
        while (m.find()) {
            owners.put(m.group(1), m.group(2));
        }
        Map<String, String> declaredOwners = new HashMap<>();
        STACK.databases().forEach(d -> declaredOwners.put(d.schema(), d.role()));
        assertEquals(declaredOwners, owners, "schema -> owning role");
        Map<String, String> searchPaths = new HashMap<>();
        m = Pattern.compile("ALTER ROLE (\\w+) SET search_path = (\\w+)").matcher(script);
        while (m.find()) {
            searchPaths.put(m.group(1), m.group(2));
        }
        Map<String, String> declaredPaths = new HashMap<>();
        STACK.databases().forEach(d -> declaredPaths.put(d.role(), d.schema()));
        assertEquals(declaredPaths, searchPaths, "role -> search_path");
        assertEquals(roles, words(script, "GRANT CONNECT ON DATABASE zivah TO ([\\w, ]+);"), "roles granted CONNECT");
        assertEquals(passwords, words(script, "for var in ([A-Z_ ]+); do"), "password variables checked");
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static void compareEnv(List<String> problems, String where, Stack.Component c, Set<String> given,
            Set<String> imageOnly) {
        Set<String> missing = new TreeSet<>(c.env().keySet());
        missing.removeAll(given);
        if (!missing.isEmpty()) {
            problems.add(where + ": lacks env " + missing + " (stack.yaml env)");
        }
        Set<String> undeclared = new TreeSet<>(given);
        undeclared.removeAll(c.env().keySet());
        undeclared.removeAll(c.containerEnv());
        undeclared.removeAll(STACK.sharedContainerEnv());
        undeclared.removeAll(imageOnly);
        if (!undeclared.isEmpty()) {
            problems.add(where + ": env " + undeclared + " not in stack.yaml (env, containerEnv or sharedContainerEnv)");
        }
    }

    private static void expectPort(List<String> problems, String where, Map<String, ?> env, String name, Integer port) {
        Object value = env.get(name);
        if (value != null && !String.valueOf(port).equals(String.valueOf(value).strip())) {
            problems.add(where + ": " + name + "=" + value + ", stack.yaml " + port);
        }
    }

    private static String healthPath(Stack.Component c) {
        return URI.create(c.health().url().replaceAll("\\$\\{[^}]+}", "0")).getPath();
    }

    private static Path dockerfile(String service) {
        return ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm");
    }

    /** ENV names and values of the service's image (both platforms run it). */
    private static Map<String, String> dockerfileEnv(String service) {
        Map<String, String> env = new HashMap<>();
        try {
            Matcher m = Pattern.compile("(?m)^ENV\\s+(\\w+)=(\"[^\"]*\"|\\S*)").matcher(Files.readString(dockerfile(service)));
            while (m.find()) {
                env.put(m.group(1), m.group(2).replace("\"", ""));
            }
        } catch (IOException e) {
            throw new AssertionError(service + ": no Dockerfile.jvm", e);
        }
        return env;
    }

    private static Map<String, Map<String, Object>> composeServices() {
        try {
            Map<String, Object> compose = map(new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml"))));
            Map<String, Map<String, Object>> services = new HashMap<>();
            map(compose.get("services")).forEach((k, v) -> services.put(k, map(v)));
            return services;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> words(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no match for " + regex);
        Set<String> out = new TreeSet<>();
        for (String w : m.group(1).split("[,\\s]+")) {
            if (!w.isBlank()) {
                out.add(w.replace("'", "").strip());
            }
        }
        return out;
    }

    private static Set<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }
}
