package org.mediationdesk.board;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface MeetingBoardRepository extends CrudRepository<MeetingBoard, UUID> {
}
