package com.zivah.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.jboss.logging.Logger;

/**
 * Test-only endpoint standing for any code that logs decoded request data (a slug, a search text) and then fails,
 * so the platform's error mapper logs the request too. Part of the test application of every service that indexes
 * test-support ({@code %test.quarkus.index-dependency.test-support.*}); never shipped. {@link LogForgingContract}
 * calls it.
 */
@Path(LogProbeResource.PATH + "/{segment}")
public class LogProbeResource {

    public static final String PATH = "/test-log-probe";
    private static final Logger LOG = Logger.getLogger(LogProbeResource.class);

    @GET
    @PermitAll
    public String probe(@PathParam("segment") String segment, @QueryParam("q") String q) {
        LOG.infof("log probe segment=%s q=%s", segment, q);
        throw new IllegalStateException("log probe failure for " + segment);
    }
}
