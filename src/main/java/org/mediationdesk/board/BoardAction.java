package org.mediationdesk.board;

/**
 * What may be done on a meeting's board. The co-chairs and secretariat set the current item and run the list of
 * speakers (give the floor, order, close, reopen); a participant asks for the floor for their group and withdraws
 * the request. Which of them apply now is said by the board ({@link MeetingBoard#availableActions()}) and by the
 * list of speakers ({@link SpeakerList#availableActions()}, {@link SpeakerList#availableActions(java.util.UUID)});
 * a board offers only those ({@link BoardView#availableActions()}).
 */
public enum BoardAction {
	SET_ITEM, ASK, WITHDRAW, GIVE_FLOOR, ORDER, CLOSE, REOPEN
}
