package com.zivah.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string (value or object key) contained U+0000. PostgreSQL cannot store NUL in {@code text}, and no
 * human input needs it: the body is refused while it is read, before any service code runs.
 * {@link com.zivah.platform.problem.ProblemMapper} renders it as a 400 naming the field's JSON path.
 */
public class NulCharacterException extends MismatchedInputException {

    public static final String MESSAGE = "{zivah.text.nul}";

    public NulCharacterException(JsonParser parser) {
        super(parser, "String contains the NUL character (U+0000)");
    }
}
