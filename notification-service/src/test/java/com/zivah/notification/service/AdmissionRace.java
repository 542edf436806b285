package com.zivah.notification.service;

import com.zivah.notification.MailKind;
import com.zivah.notification.event.QuoteSubmitted;
import com.zivah.notification.service.MailAdmission.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many workers (or replicas: each call is its own queueing transaction on its own connection) accepting events at
 * once, released together by one latch; the confirmation's outcome per event, in the order of the events.
 */
final class AdmissionRace {

    private AdmissionRace() {
    }

    static List<Outcome> decideTogether(MailQueue queue, List<QuoteSubmitted> events) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(events.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (QuoteSubmitted event : events) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return queue.acceptQuote(event).outcome(MailKind.QUOTE_CONFIRMATION);
                }));
            }
            start.countDown();
            List<Outcome> results = new ArrayList<>();
            for (Future<Outcome> outcome : outcomes) {
                results.add(outcome.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
