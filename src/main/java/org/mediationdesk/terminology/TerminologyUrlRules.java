package org.mediationdesk.terminology;

import org.mediationdesk.identity.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** The terminology check and the glossary are the co-chairs' and secretariat's. */
@Component
class TerminologyUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.mediatorsOnly(HttpMethod.POST, "/terminology/check", "/terminology/glossary", "/terminology/glossary/*",
				"/terminology/glossary/*/delete", "/terminology/glossary/import");
		urls.mediatorsOnly(HttpMethod.POST, "/api/v1/terminology/check", "/api/v1/terminology/render");
	}
}
