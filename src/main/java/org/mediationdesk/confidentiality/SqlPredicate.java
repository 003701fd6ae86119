package org.mediationdesk.confidentiality;

import java.util.Map;

/** A WHERE-clause fragment with its named parameters, to be combined with a list query's own conditions. */
public record SqlPredicate(String sql, Map<String, Object> parameters) {
}
