package com.zivah.quote.config;

import com.zivah.testsupport.KafkaResource;
import com.zivah.testsupport.LogForgingContract;
import com.zivah.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;

/** JSON logs: request data cannot forge a log line (test-support's LogForgingContract). */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "schema", value = "quote"))
@WithTestResource(KafkaResource.class)
class LogForgingTest extends LogForgingContract {

    @Override
    protected Path logFile() {
        return Path.of("target", "quote-service-test-log.json");
    }
}
