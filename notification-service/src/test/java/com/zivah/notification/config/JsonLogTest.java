package com.zivah.notification.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zivah.testsupport.GreenMailResource;
import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.Test;

/** Logs are JSON outside dev: one object per line, so request data cannot forge log lines. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "notification"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GreenMailResource.class)
class JsonLogTest {

    @Test
    void consoleWritesJson() {
        List<String> formatters = new ArrayList<>();
        collect(LogContext.getLogContext().getLogger("").getHandlers(), formatters);
        assertTrue(formatters.stream().anyMatch(f -> f.equals("io.quarkus.logging.json.runtime.JsonFormatter")),
                "JSON console formatter installed: " + formatters);
        assertTrue(ConfigProvider.getConfig().getValue("quarkus.log.console.json.enabled", Boolean.class));
    }

    private static void collect(Handler[] handlers, List<String> formatters) {
        for (Handler handler : handlers) {
            if (handler.getFormatter() != null) {
                formatters.add(handler.getFormatter().getClass().getName());
            }
            if (handler instanceof ExtHandler ext) {
                collect(ext.getHandlers(), formatters);
            }
        }
    }
}
