package com.zivah.platform.activity;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;
import java.util.Set;

/** The activity kit's settings ({@code zivah.activity.*}). */
@ConfigMapping(prefix = "zivah.activity")
public interface ActivityConfig {

    /**
     * The entity types this service records (e.g. {@code product,category,setting}): a read filtering by another is
     * a 400 naming {@code entityType}. Unset: any well-formed type is accepted (and matches nothing unknown).
     */
    Optional<Set<String>> entityTypes();
}
