package com.zivah.admin.service;

import com.zivah.admin.client.Problem;

/**
 * A service refused a staff change: 400 (fields named in {@code problem.errors}) or 409 (stale version, a transition
 * the status graph does not allow now). The page shows the form again with the messages next to the fields.
 */
public class RefusedException extends RuntimeException {

    private final int status;
    private final Problem problem;

    public RefusedException(int status, Problem problem) {
        super("refused with " + status + ": " + problem.detail());
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    public boolean conflict() {
        return status == 409;
    }

    public Problem problem() {
        return problem;
    }
}
