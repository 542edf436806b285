package com.zivah.quote;

import com.zivah.testsupport.ProblemMessagesContract;

/** The ES and EN problem messages of quote-service and the platform jars it uses are complete. */
class ProblemMessagesTest extends ProblemMessagesContract {
}
