package org.mediationdesk.incidents;

import java.util.List;
import java.util.UUID;

import org.mediationdesk.shared.RequestMemo;
import org.springframework.data.repository.ListCrudRepository;

interface MechanismMeetingRepository extends ListCrudRepository<MechanismMeeting, UUID> {

	List<MechanismMeeting> findByMechanismIdOrderByHeldOnDesc(UUID mechanismId);

	/** A mechanism's meetings, the latest first, read once per reading request ({@link RequestMemo}). */
	default List<MechanismMeeting> ofMechanism(UUID mechanismId) {
		return RequestMemo.once("mechanism-meetings:" + mechanismId, () -> findByMechanismIdOrderByHeldOnDesc(mechanismId));
	}
}
