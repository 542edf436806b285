package com.zivah.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Declares the build property {@code zivah.outbox.enabled} (read by platform's OutboxRelay through
 * {@code @IfBuildProperty}) so runtime config validation knows it: platform's OutboxConfig maps the same
 * prefix but not this key, and SmallRye would otherwise reject it as unknown. Remove once OutboxConfig has it.
 */
@ConfigMapping(prefix = "zivah.outbox")
public interface OutboxSwitchConfig {

    @WithDefault("false")
    boolean enabled();
}
