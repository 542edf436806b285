package com.zivah.deploy.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the placeholders of {@code deploy/stack.yaml} for one machine: the port offset, the directories, the
 * secrets and the caller's environment (external servers, pass-throughs). See the head of stack.yaml.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private final Stack stack;
    private final int offset;
    private final Map<String, String> dirs;
    private final Function<String, String> secrets;
    private final Map<String, String> environment;

    /**
     * @param dirs values of ${root}, ${state}, ${data}, ${logs}, ${lib}
     * @param secrets secret name → value
     * @param environment the caller's environment
     */
    public Placeholders(Stack stack, int offset, Map<String, String> dirs, Function<String, String> secrets,
            Map<String, String> environment) {
        this.stack = stack;
        this.offset = offset;
        this.dirs = dirs;
        this.secrets = secrets;
        this.environment = environment;
    }

    public int port(String component, String portName) {
        Map<String, Integer> ports = stack.component(component).ports();
        Integer port = portName == null ? ports.values().iterator().next() : ports.get(portName);
        if (port == null) {
            throw new IllegalArgumentException(component + " has no port " + portName);
        }
        return port + offset;
    }

    public int port(String component) {
        return port(component, null);
    }

    public List<Integer> ports(String component) {
        return stack.component(component).ports().values().stream().map(p -> p + offset).toList();
    }

    /** Whether the component is replaced by an external server (its {@code external} variable is set). */
    public boolean external(String component) {
        String variable = stack.component(component).external();
        return variable != null && !environment.getOrDefault(variable, "").isEmpty();
    }

    public String resolve(String template, String self) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), self)));
        }
        m.appendTail(out);
        return out.toString();
    }

    public List<String> resolve(List<String> templates, String self) {
        return templates.stream().map(t -> resolve(t, self)).toList();
    }

    public Map<String, String> resolve(Map<String, String> templates, String self) {
        Map<String, String> out = new LinkedHashMap<>();
        templates.forEach((k, v) -> out.put(k, resolve(v, self)));
        return out;
    }

    /** What the local stack gives the component's process: env + localEnv. */
    public Map<String, String> localEnvironment(String component) {
        Stack.Component c = stack.component(component);
        Map<String, String> env = resolve(c.env(), component);
        env.putAll(resolve(c.localEnv(), component));
        return env;
    }

    public List<String> command(String component) {
        Stack.Component c = stack.component(component);
        List<String> command = c.command() != null ? c.command() : stack.kinds().get(c.kind()).command();
        return resolve(command, component);
    }

    private String value(String expression, String self) {
        int colon = expression.indexOf(':');
        String kind = colon < 0 ? expression : expression.substring(0, colon);
        String arg = colon < 0 ? "" : expression.substring(colon + 1);
        switch (kind) {
            case "name":
                return self;
            case "root", "state", "data", "logs", "lib":
                return require(dirs.get(kind), expression);
            case "port": {
                String[] parts = arg.split("/", 2);
                String component = "self".equals(parts[0]) ? self : parts[0];
                return String.valueOf(port(component, parts.length > 1 ? parts[1] : null));
            }
            case "secret":
                return require(secrets.apply(arg), "secret " + arg);
            case "env": {
                int dflt = arg.indexOf(":-");
                String name = dflt < 0 ? arg : arg.substring(0, dflt);
                String value = environment.get(name);
                if (value == null || value.isEmpty()) {
                    return dflt < 0 ? "" : arg.substring(dflt + 2);
                }
                return value;
            }
            case "export": {
                int q = arg.indexOf('?');
                String ref = q < 0 ? arg : arg.substring(0, q);
                String[] parts = ref.split("/", 2);
                String component = "self".equals(parts[0]) ? self : parts[0];
                Stack.Export export = stack.component(component).exports().get(parts.length > 1 ? parts[1] : "");
                if (export == null) {
                    throw new IllegalArgumentException("no export " + ref);
                }
                String override = export.override() == null ? null : environment.get(export.override());
                String value = override != null && !override.isEmpty() ? override : resolve(export.value(), component);
                if (q >= 0) {
                    value += (value.contains("?") ? "&" : "?") + arg.substring(q + 1);
                }
                return value;
            }
            default:
                throw new IllegalArgumentException("unknown placeholder ${" + expression + "}");
        }
    }

    private static String require(String value, String what) {
        if (value == null) {
            throw new IllegalStateException("no value for " + what);
        }
        return value;
    }
}
