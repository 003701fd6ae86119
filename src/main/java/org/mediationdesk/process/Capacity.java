package org.mediationdesk.process;

/**
 * The capacity in which a participant group sits: as an official delegation, or its members in their
 * individual capacity (the formula on which the working groups of the Geneva talks have met since 2008).
 */
public enum Capacity {
	DELEGATION, INDIVIDUAL
}
