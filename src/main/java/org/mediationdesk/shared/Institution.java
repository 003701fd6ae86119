package org.mediationdesk.shared;

/** The three institutions that co-chair the talks; each names one co-chair. */
public enum Institution {
	EU, UN, OSCE
}
