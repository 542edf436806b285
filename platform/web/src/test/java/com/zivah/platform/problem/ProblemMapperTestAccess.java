package com.zivah.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;

/** Lets tests in other packages of platform reach the mapper's package-private helpers. */
public final class ProblemMapperTestAccess {

    private ProblemMapperTestAccess() {
    }

    public static List<Problem.FieldError> jsonFieldErrors(JsonProcessingException e) {
        return ProblemMapper.jsonFieldErrors(e);
    }
}
