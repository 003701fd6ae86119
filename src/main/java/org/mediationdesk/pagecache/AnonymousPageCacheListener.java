package org.mediationdesk.pagecache;

import org.mediationdesk.confidentiality.PublicRecordChanges;
import org.mediationdesk.shared.AuditableEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops the kept pages after a committed change that may change what an anonymous visitor reads
 * ({@link PublicRecordChanges}: not a download or an export, not an account's own business, not a change to what is
 * not public). It runs after the writer's commit through the event publication registry, so that a change whose
 * notice was lost (a node stopped in between) is delivered again by the resubmission job; dropping the pages twice
 * does no harm. (A listener of its own: the registry wraps its listeners in a proxy, which a servlet filter cannot
 * be.)
 */
@Component
class AnonymousPageCacheListener {

	private final AnonymousPageCache cache;

	AnonymousPageCacheListener(AnonymousPageCache cache) {
		this.cache = cache;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true,
			condition = PublicRecordChanges.CONDITION)
	void changed(AuditableEvent event) {
		cache.clear();
	}
}
