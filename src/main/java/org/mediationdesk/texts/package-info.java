/**
 * Negotiating texts: a joint statement negotiated in square brackets.
 *
 * <ul>
 * <li><b>Text</b>: a statement under negotiation, with a symbol, an audience and a status: a draft, circulated
 * (revision n), frozen for consultation with capitals (stances only), agreed ad referendum, agreed, or
 * abandoned.</li>
 * <li><b>Provision</b>: a paragraph with a stable id ({@code para_3}, never reused) and one or more rival
 * <b>alternatives</b>, each with its sponsor (a participant group or the co-chairs); square brackets inside
 * mark words not yet agreed, nested at most three deep.</li>
 * <li><b>Stance</b>: a group's position on an alternative (accept, can live with, reserve pending the capital,
 * reject). Stances are sealed: a group sees its own; the others' show once every required group has stated
 * on that alternative, or once the co-chairs reveal them.</li>
 * <li><b>Package rule</b>: a provision is settled when one alternative has only accept or can-live-with from
 * every required group; nothing is agreed until every provision is.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Texts",
		allowedDependencies = { "shared", "identity", "participants", "process", "terminology", "confidentiality" })
package org.mediationdesk.texts;
