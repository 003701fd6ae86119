package org.mediationdesk.incidents;

import java.util.List;

import org.mediationdesk.shared.Paged;

/** One page of the register as the viewer sees it: the incidents of the mechanisms of whose circle they are. */
public record IncidentPage(List<IncidentView> items, int page, int pageSize, long total) implements Paged {
}
