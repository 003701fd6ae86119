/**
 * What holds the modules together, and no feature of its own: the security filter chains (assembled from the
 * URL rules each module declares), the filter every request meets first (the security headers of every answer, even
 * of a request the firewall refuses; 415 for a body of no concrete type), the interface's language (a cookie that
 * names none of its languages is passed over), the API token filter, the first start (reference directory, glossary and
 * record, administrator and evaluation accounts), the production-readiness check, error pages and problem
 * details, the page layout, the API documentation, the home page and the command-line entry (which runs the
 * commands the modules declare).
 *
 * <ul>
 * <li><b>Evaluation mode</b>: the embedded H2 database under {@code ./data}; demo accounts are created and
 * the log says loudly that this is not for production.</li>
 * <li><b>Production</b>: the {@code prod} profile on PostgreSQL; it refuses to start on H2 or with a missing
 * setting, and names the setting.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.mediationdesk.platform;
