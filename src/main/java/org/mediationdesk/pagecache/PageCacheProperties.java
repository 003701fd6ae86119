package org.mediationdesk.pagecache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The page cache's settings.
 *
 * @param enabled {@code mediationdesk.page-cache.enabled}: whether public pages are kept for anonymous visitors
 */
@Validated
@ConfigurationProperties("mediationdesk.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled) {
}
