package com.zivah.catalog;

import com.zivah.testsupport.ProblemMessagesContract;

/** The ES and EN problem messages of catalog-service and the platform jars it uses are complete. */
class ProblemMessagesTest extends ProblemMessagesContract {
}
