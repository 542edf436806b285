package com.zivah.admin.service;

/** A service the page depends on did not answer usefully (down, timed out, 5xx or an unexpected answer). */
public class UpstreamUnavailableException extends RuntimeException {

    private final String service;

    public UpstreamUnavailableException(String service, Throwable cause) {
        super(service + " unavailable: " + cause.getMessage(), cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
