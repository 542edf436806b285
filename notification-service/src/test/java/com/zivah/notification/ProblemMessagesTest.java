package com.zivah.notification;

import com.zivah.testsupport.ProblemMessagesContract;

/** The ES and EN problem messages of notification-service and the platform jars it uses are complete. */
class ProblemMessagesTest extends ProblemMessagesContract {
}
