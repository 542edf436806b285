package com.zivah.web.support;

import com.zivah.testsupport.CommittedPacts;
import java.nio.file.Path;


/**
 * web-frontend's pacts (test-support's {@link CommittedPacts}: written to {@code target/pacts}, compared with the
 * committed copies in {@code docs/contracts} that the providers verify and {@link FakeUpstreams} serves).
 */
public class Contracts extends CommittedPacts {

    public static final String CONSUMER = "web-frontend";
    public static final String CATALOG = "catalog-service";
    public static final String QUOTE = "quote-service";

    @Override
    protected String consumer() {
        return CONSUMER;
    }

    public static Path committed(String provider) {
        return CommittedPacts.committed(CONSUMER, provider);
    }
}
