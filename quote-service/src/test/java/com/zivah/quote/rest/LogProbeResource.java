package com.zivah.quote.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.jboss.logging.Logger;

/**
 * Test-only endpoint standing for any code that logs decoded request data (a slug, a search text) and then
 * fails, so the platform's error mapper logs the request too. Only in src/test: never shipped.
 */
@Path("/api/quotes/test-log-probe/{slug}")
public class LogProbeResource {

    private static final Logger LOG = Logger.getLogger(LogProbeResource.class);

    @GET
    @PermitAll
    public String probe(@PathParam("slug") String slug, @QueryParam("q") String q) {
        LOG.infof("log probe slug=%s q=%s", slug, q);
        throw new IllegalStateException("log probe failure for " + slug);
    }
}
