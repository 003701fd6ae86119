package org.mediationdesk.incidents;

import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public ids of incidents: the mechanism's code, the year it was reported in and a number in that year
 * ({@code ERG-2026-0042}). A number is taken by a conditional update of the mechanism's counter for the year, which
 * holds its row until the transaction ends; it is never given twice, and an incident keeps its id through every
 * edit (the year is the year of the report, not of the incident's time, which a correction may change).
 */
@Component
class IncidentNumbers {

	private final JdbcClient jdbc;

	IncidentNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(UUID mechanism, String code, int year) {
		int taken = jdbc.sql("UPDATE incident_number SET last_number = last_number + 1"
				+ " WHERE mechanism_id = :mechanism AND for_year = :year")
			.param("mechanism", mechanism).param("year", year).update();
		if (taken == 0) {
			try {
				jdbc.sql("INSERT INTO incident_number (mechanism_id, for_year, last_number) VALUES (:mechanism, :year, 1)")
					.param("mechanism", mechanism).param("year", year).update();
			}
			catch (DuplicateKeyException raced) {
				return next(mechanism, code, year);
			}
		}
		int number = jdbc.sql("SELECT last_number FROM incident_number WHERE mechanism_id = :mechanism AND for_year = :year")
			.param("mechanism", mechanism).param("year", year).query(Integer.class).single();
		return String.format("%s-%d-%04d", code, year, number);
	}
}
