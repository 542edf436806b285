package com.zivah.platform.ui.error;

/**
 * The kinds of failure page both frontends show (the texts: {@link UiMessages}, the notice: the
 * {@code errorNotice} tag), and how a failure is classified. Details go to the log, never to the browser.
 */
public enum ErrorKind {
    UNAVAILABLE, NOT_FOUND, BAD_REQUEST, TOO_LARGE, EXPIRED, ERROR;

    /** RESTEasy Reactive's form parser refuses more than quarkus.http.limits.max-parameters fields with this. */
    private static final String PARAM_LIMIT = "Param limit of ";

    /** The template name of the kind ({@code unavailable}, {@code notFound}, ...), as the templates compare it. */
    public String id() {
        return switch (this) {
            case UNAVAILABLE -> "unavailable";
            case NOT_FOUND -> "notFound";
            case BAD_REQUEST -> "badRequest";
            case TOO_LARGE -> "tooLarge";
            case EXPIRED -> "expired";
            case ERROR -> "error";
        };
    }

    /** The page for an empty 4xx answer (405, 406, 413, 415...). */
    public static ErrorKind forClientStatus(int status) {
        return switch (status) {
            case 404, 405 -> NOT_FOUND;
            case 413 -> TOO_LARGE;
            default -> BAD_REQUEST;
        };
    }

    /** A failure thrown by Quarkus REST CSRF's check (e.g. a form token that is not even Base64). */
    public static boolean fromCsrfCheck(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("io.quarkus.csrf.")) {
                return true;
            }
        }
        return false;
    }

    /** A form with more fields than quarkus.http.limits.max-parameters (the parser's refusal, also wrapped). */
    public static boolean isParamLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().startsWith(PARAM_LIMIT)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed.getMessage() != null && suppressed.getMessage().startsWith(PARAM_LIMIT)) {
                    return true;
                }
            }
        }
        return false;
    }
}
