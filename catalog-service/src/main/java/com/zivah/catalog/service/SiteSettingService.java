package com.zivah.catalog.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.zivah.catalog.SiteSetting;
import com.zivah.catalog.api.SettingUpdateRequest;
import com.zivah.catalog.api.SettingView;
import com.zivah.catalog.event.SiteSettingChanged;
import com.zivah.catalog.mapping.SiteSettingMapper;
import com.zivah.catalog.repository.SiteSettingRepository;
import com.zivah.platform.activity.ActivityLog;
import com.zivah.platform.activity.RequestOrigin;
import com.zivah.platform.outbox.Outbox;
import com.zivah.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

@ApplicationScoped
@Transactional
public class SiteSettingService {

    private static final Logger LOG = Logger.getLogger(SiteSettingService.class);
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final SiteSettingRepository settings;
    private final Outbox outbox;
    private final ActivityLog activity;
    private final PublicReadCache cache;

    private record PublicKey() {
    }

    public SiteSettingService(SiteSettingRepository settings, Outbox outbox, ActivityLog activity,
                              PublicReadCache cache) {
        this.settings = settings;
        this.outbox = outbox;
        this.activity = activity;
        this.cache = cache;
    }

    /** The public settings as key → typed value, by key (cached: see PublicReadCache). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, JsonNode> publicValues() {
        return cache.get(new PublicKey(), () -> {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (SiteSetting setting : settings.listPublic()) {
                values.put(setting.key, setting.value.deepCopy());
            }
            return Collections.unmodifiableMap(values);
        });
    }

    /** Every setting with its type, public flag and version (staff). */
    public List<SettingView> listAll() {
        return settings.listAll().stream().map(SiteSettingMapper::toView).toList();
    }

    /**
     * Replaces the value of setting {@code key} (validated by its type and key), bumps its version and records a
     * SiteSettingChanged and an activity log entry by {@code origin} (the value before and after) in the same
     * transaction. An edit based on an older version is a 409 and changes nothing.
     */
    public SettingView update(String key, SettingUpdateRequest request, RequestOrigin origin) {
        SiteSetting setting = (KEY.matcher(key).matches() && key.length() <= 100 ? settings.findForUpdate(key)
                : Optional.<SiteSetting>empty())
                .orElseThrow(() -> ProblemException.notFound("Setting", key));
        if (!setting.isAtVersion(request.version())) {
            throw ProblemException.conflict("Setting " + key + " was changed meanwhile (now version " + setting.version
                    + ", the edit was based on " + request.version() + "); reload it and apply the edit again");
        }
        setting.problemWith(request.value()).ifPresent(problem -> {
            throw ProblemException.invalid(List.of(problem));
        });
        String who = origin.actor();
        JsonNode before = setting.value.deepCopy();
        setting.change(request.value(), who.length() > 100 ? who.substring(0, 100) : who, Instant.now());
        cache.invalidateAfterCommit();
        activity.record(origin, "setting.updated", "setting", setting.key, before, setting.value);
        SiteSettingChanged event = SiteSettingMapper.toEvent(setting, UUID.randomUUID());
        outbox.enqueue(SiteSettingChanged.TOPIC, setting.key, SiteSettingChanged.TYPE, event.eventId(), event);
        LOG.infof("Setting %s changed to version %d by %s", setting.key, setting.version, who);
        return SiteSettingMapper.toView(setting);
    }
}
