package com.zivah.notification.service;

import com.zivah.notification.DeliveryStatus;
import com.zivah.notification.MailAttachment;
import com.zivah.notification.config.MailConfig;
import com.zivah.notification.repository.MailDeliveryRepository.Claimed;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Hands the queued mails to the SMTP server: one loop per instance, woken after each commit that queued mail and
 * at least every {@code poll-interval}. It claims due rows in small batches ({@code for update skip locked} plus a
 * lease, so replicas share the work and nobody holds a transaction during SMTP), and sends up to
 * {@code concurrency} at once on its own threads (one SMTP connection each, pooled by the mailer).
 * <ul>
 *   <li>accepted by the server → SENT (a mail with an attachment carries the stored bytes, read just before);</li>
 *   <li>refused or unreachable → attempts + 1, {@code last_error}, due again after an exponential backoff with
 *       jitter ({@code initial-backoff} doubling up to {@code max-backoff}), FAILED (metric + WARN) once past
 *       {@code give-up-after}.</li>
 * </ul>
 * Recording an outcome is never silent: when the database refuses it (e.g. during a restart) the outcome is kept
 * in memory and recorded again on every turn of the loop, before anything new is claimed; meanwhile the row stays
 * PENDING under its lease, with its attempt count unchanged. A lease names its claimant (the instance's stable name):
 * an instance restarted after a crash takes its own leases back at once instead of waiting for them to end. Only if this instance dies between the server's
 * acceptance and the record is a mail sent twice — at-least-once, never lost — and then with the same Message-ID
 * ({@link #messageId}).
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final Duration STATS_EVERY = Duration.ofSeconds(5);

    /** An outcome the database did not take yet: {@code error} null means the server accepted the mail. */
    private record Unrecorded(Claimed mail, String error) {
    }

    private final Mailer mailer;
    private final DeliveryAttempts attempts;
    private final MailMetrics metrics;
    private final MailConfig.Sender config;
    private final BlockingQueue<Boolean> wake = new ArrayBlockingQueue<>(1);
    private final Queue<Unrecorded> unrecorded = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Semaphore permits;
    /** This instance's stable name ({@link InstanceName}): the claimant of its leases. */
    private final String name;
    private volatile boolean running;
    private Thread loop;
    private ExecutorService senders;
    private long nextStats;
    private long claimErrorLoggedAt;

    public MailSender(Mailer mailer, DeliveryAttempts attempts, MailMetrics metrics, MailConfig config,
                      @ConfigProperty(name = "zivah.instance-id") Optional<String> instanceId) {
        this.mailer = mailer;
        this.attempts = attempts;
        this.metrics = metrics;
        this.config = config.sender();
        this.name = InstanceName.of(config, instanceId);
        this.permits = new Semaphore(this.config.concurrency());
    }

    void start(@Observes StartupEvent start) {
        if (!config.enabled()) {
            LOG.info("Mail sender disabled on this instance (zivah.mail.sender.enabled=false)");
            return;
        }
        AtomicInteger n = new AtomicInteger();
        senders = Executors.newFixedThreadPool(config.concurrency(), r -> {
            Thread t = new Thread(r, "mail-sender-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        running = true;
        try {
            int released = attempts.releaseLeasesOf(name);
            if (released > 0) {
                LOG.infof("%d mails this instance (%s) held when it stopped are due again now", released, name);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not take back the leases of %s (they are due after their lease): %s", name, e.getMessage());
        }
        loop = new Thread(this::run, "mail-queue");
        loop.setDaemon(true);
        loop.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        if (loop == null) {
            return;
        }
        loop.interrupt();
        senders.shutdown();
        try {
            if (!senders.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warnf("%d mails still with the SMTP server at shutdown; they are sent again after their lease",
                        inFlight.get());
            }
            loop.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        recordUnrecorded();
    }

    /** After each commit that queued or requeued mail: send it now rather than at the next poll. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueuedMails.Committed queued) {
        wake.offer(Boolean.TRUE);
    }

    private void run() {
        while (running) {
            try {
                turn();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Mail queue loop failed; going on");
                pause();
            }
        }
    }

    private void turn() throws InterruptedException {
        refreshStats();
        if (!recordUnrecorded()) {
            waitForWork(); // the database is still away: nothing new is claimed before the old outcomes are in
            return;
        }
        if (!permits.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
            return; // every sender busy for a whole poll interval (a slow server): look at the stats again
        }
        int want = 1 + permits.drainPermits();
        if (want > config.batchSize()) {
            permits.release(want - config.batchSize());
            want = config.batchSize();
        }
        List<Claimed> claimed;
        try {
            claimed = attempts.claim(want, config.claimLease().toMillis(), name);
        } catch (RuntimeException e) {
            permits.release(want);
            logClaimError(e);
            waitForWork();
            return;
        }
        permits.release(want - claimed.size());
        for (Claimed mail : claimed) {
            inFlight.incrementAndGet();
            senders.execute(() -> {
                try {
                    send(mail);
                } finally {
                    inFlight.decrementAndGet();
                    permits.release();
                }
            });
        }
        if (claimed.size() < want) {
            waitForWork(); // nothing more due now
        }
    }

    private void send(Claimed mail) {
        try {
            Mail message = Mail.withHtml(mail.recipient(), mail.subject(), mail.html()).setText(mail.text())
                    .addHeader("Message-ID", messageId(mail));
            if (mail.attachmentName() != null) {
                MailAttachment file = attempts.attachment(mail.id()).orElseThrow(() -> new IllegalStateException(
                        "attachment " + mail.attachmentName() + " of delivery " + mail.id() + " is missing"));
                message.addAttachment(file.fileName, file.content, file.contentType);
            }
            mailer.send(message);
        } catch (RuntimeException e) {
            metrics.failedAttempt();
            record(new Unrecorded(mail, describe(e)));
            return;
        }
        record(new Unrecorded(mail, null));
    }

    /**
     * The same for every hand-off of one attempt: a mail sent again because this instance died after the server
     * accepted it and before SENT was recorded carries the Message-ID of the first, so mailbox providers and clients
     * that collapse duplicate Message-IDs show it once. A recorded attempt (failed, or sent and resent by staff)
     * changes it: a resend is a new message.
     */
    static String messageId(Claimed mail) {
        return "<delivery-" + mail.id() + "-" + mail.attempts() + "@notification.zivah>";
    }

    /** Records one outcome; keeps it for the loop to record again when the database refuses. */
    private void record(Unrecorded outcome) {
        try {
            apply(outcome);
        } catch (RuntimeException e) {
            LOG.warnf("Could not record the %s of delivery %d (kept, recorded again once the database answers): %s",
                    outcome.error() == null ? "sending" : "failed attempt", outcome.mail().id(), e.getMessage());
            unrecorded.add(outcome);
            wake.offer(Boolean.TRUE);
        }
    }

    private void apply(Unrecorded outcome) {
        Claimed mail = outcome.mail();
        if (outcome.error() == null) {
            if (attempts.sent(mail.id())) {
                metrics.sent();
            }
            return;
        }
        long backoff = backoffMillis(mail.attempts());
        DeliveryStatus status = attempts.failed(mail.id(), outcome.error(), backoff).orElse(null);
        if (status == DeliveryStatus.FAILED) {
            metrics.givenUp();
            LOG.warnf("Delivery %d to %s FAILED after %d attempts (give-up-after %s): %s", mail.id(), mail.recipient(),
                    mail.attempts() + 1, config.giveUpAfter(), outcome.error());
        } else {
            LOG.infof("Delivery %d attempt %d failed, next in %d ms: %s", mail.id(), mail.attempts() + 1, backoff,
                    outcome.error());
        }
    }

    /** True when nothing is left unrecorded. */
    private boolean recordUnrecorded() {
        Unrecorded outcome;
        while ((outcome = unrecorded.peek()) != null) {
            try {
                apply(outcome);
            } catch (RuntimeException e) {
                return false;
            }
            unrecorded.remove(outcome);
            LOG.infof("Recorded the delayed outcome of delivery %d", outcome.mail().id());
        }
        return true;
    }

    /** {@code initial × 2^attempts}, at most {@code max}, minus up to 20 % jitter so replicas spread their retries. */
    long backoffMillis(int attemptsBefore) {
        double base = config.initialBackoff().toMillis() * Math.pow(2, Math.min(attemptsBefore, 30));
        double capped = Math.min(base, config.maxBackoff().toMillis());
        return (long) (capped * (1 - 0.2 * ThreadLocalRandom.current().nextDouble()));
    }

    private void refreshStats() {
        long now = System.currentTimeMillis();
        if (now < nextStats) {
            return;
        }
        nextStats = now + STATS_EVERY.toMillis();
        try {
            metrics.queue(attempts.stats());
        } catch (RuntimeException e) {
            LOG.debugf("Queue statistics not refreshed: %s", e.getMessage());
        }
    }

    private void waitForWork() throws InterruptedException {
        wake.poll(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pause() {
        try {
            Thread.sleep(config.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void logClaimError(RuntimeException e) {
        long now = System.currentTimeMillis();
        if (now - claimErrorLoggedAt > 30_000) {
            claimErrorLoggedAt = now;
            LOG.warnf("Cannot claim queued mails (retrying every %s): %s", config.pollInterval(), e.getMessage());
        }
    }

    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(error.getClass().getSimpleName()).append(": ").append(error.getMessage());
        Throwable cause = error.getCause();
        if (cause != null && cause != error) {
            text.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(')');
        }
        return text.length() > 1000 ? text.substring(0, 1000) : text.toString();
    }
}
