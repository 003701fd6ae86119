package org.mediationdesk.confidentiality;

import java.util.Map;
import java.util.Set;

/**
 * The audience that objects of one kind have now, told by the module that keeps them. For a module that shows
 * what concerns an object under the object's audience as it is now, not as it was when it recorded it: the audit
 * log shows the entries about a document to whoever may see the document today, so that a document taken back
 * from the public takes its history with it. Each module whose objects may change audience declares one
 * package-private bean.
 */
public interface CurrentAudiences {

	/** The kind of object, as events name it ({@code AuditableEvent.objectType()}: {@code document}). */
	String objectType();

	/** The audience each of these objects has now; an id that names nothing is absent from the answer. */
	Map<String, Audience> audiences(Set<String> ids);
}
