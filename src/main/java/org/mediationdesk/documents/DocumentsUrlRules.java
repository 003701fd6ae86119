package org.mediationdesk.documents;

import org.mediationdesk.identity.UrlRules;
import org.springframework.stereotype.Component;

/** Filing a document starts on a page that needs a login. */
@Component
class DocumentsUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.loggedIn("/documents/new");
	}
}
