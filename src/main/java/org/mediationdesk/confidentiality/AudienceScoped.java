package org.mediationdesk.confidentiality;

/** An event or view about an object that has an audience; whoever shows it must ask the access policy. */
public interface AudienceScoped {

	Audience audience();
}
