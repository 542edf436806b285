package com.zivah.catalog.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that forgot its security annotation: it must be denied, not public. */
@Path("/api/catalog/test-unannotated-probe")
public class UnannotatedProbeResource {

    @GET
    public String probe() {
        return "should never be served";
    }
}
