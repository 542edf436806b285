package com.zivah.admin.support;

import com.zivah.testsupport.CommittedPacts;
import java.nio.file.Path;

/** admin-frontend's pacts (test-support's {@link CommittedPacts}): the consumer name and the providers. */
public class Contracts extends CommittedPacts {

    public static final String CONSUMER = "admin-frontend";
    public static final String QUOTE = "quote-service";
    public static final String NOTIFICATION = "notification-service";
    public static final String CATALOG = "catalog-service";

    @Override
    protected String consumer() {
        return CONSUMER;
    }

    public static Path committed(String provider) {
        return CommittedPacts.committed(CONSUMER, provider);
    }
}
