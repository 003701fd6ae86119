package org.mediationdesk.incidents.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.incidents.Casualties;
import org.mediationdesk.incidents.Figures;
import org.mediationdesk.incidents.IncidentExport;
import org.mediationdesk.incidents.IncidentFilter;
import org.mediationdesk.incidents.IncidentKind;
import org.mediationdesk.incidents.IncidentRow;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register's exports, filtered as the list is and holding what the viewer sees of it: CSV in the UCDP event
 * dataset's core fields ({@code /api/v1/incidents.csv}) and the same rows as a JSON array
 * ({@code /api/v1/incidents/export.json}); the register's page links the same under {@code /incidents/export.csv} and
 * {@code /incidents/export.json}, for its session. Both are written row by row as the database hands them over and flushed
 * every {@link #FLUSH_EVERY} rows, so that 50,000 incidents take no more memory than 50.
 */
@RestController
class IncidentExportController {

	/** How many rows go out before the answer is flushed to the client. */
	static final int FLUSH_EVERY = 1000;

	static final List<String> COLUMNS = List.of("id", "mechanism", "year", "kind", "date_start", "date_end", "date_prec",
			"where_name", "where_prec", "latitude", "longitude", "actor1", "actor2", "deaths_low", "deaths_best",
			"deaths_high", "wounded_low", "wounded_best", "wounded_high", "detained_low", "detained_best",
			"detained_high", "disputed", "review_state", "open_case");

	private static final String CSV_EXAMPLE = "id,mechanism,year,kind,date_start,date_end,date_prec,where_name,where_prec,"
			+ "latitude,longitude,actor1,actor2,deaths_low,deaths_best,deaths_high,wounded_low,wounded_best,wounded_high,"
			+ "detained_low,detained_best,detained_high,disputed,review_state,open_case\r\n"
			+ "ERG-2026-0001,ERG,2026,DETENTION,2026-03-14,2026-03-14,EXACT,near Khurvaleti,NEAR,,,security actors,"
			+ "two residents,,,,,,,1,1,2,true,UNDER_REVIEW,true\r\n";

	private static final String JSON_EXAMPLE = "[{\"publicId\": \"ERG-2026-0001\", \"mechanism\": \"ERG\", \"year\": 2026,"
			+ " \"kind\": \"DETENTION\", \"dateStart\": \"2026-03-14\", \"dateEnd\": \"2026-03-14\", \"timePrecision\": \"EXACT\","
			+ " \"placeName\": \"near Khurvaleti\", \"placePrecision\": \"NEAR\", \"lat\": null, \"lon\": null,"
			+ " \"actor1\": \"security actors\", \"actor2\": \"two residents\", \"figures\": {\"dead\": null,"
			+ " \"wounded\": null, \"detained\": {\"low\": 1, \"best\": 1, \"high\": 2}}, \"disputed\": true,"
			+ " \"state\": \"UNDER_REVIEW\", \"openCase\": true}]";

	private final IncidentExport export;
	private final JsonMapper json;

	IncidentExportController(IncidentExport export, JsonMapper json) {
		this.export = export;
		this.json = json;
	}

	@Operation(summary = "The incidents of the registers the caller sees, as CSV in the UCDP event dataset's core fields (the most conservative figures), filtered as the list is, latest first, streamed",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv",
					examples = @ExampleObject(name = "One incident", value = CSV_EXAMPLE))))
	@GetMapping({ "/api/v1/incidents.csv", "/incidents/export.csv" })
	void csv(@Parameter(example = "ERG") @RequestParam(required = false) String mechanism,
			@Parameter(example = "DETENTION") @RequestParam(required = false) IncidentKind kind,
			@Parameter(example = "2026-01-01") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(example = "2026-12-31") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		Viewer viewer = Viewers.current();
		export.requireSomeRegister(viewer);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"incidents.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		line(out, COLUMNS);
		long[] written = { 0 };
		export.each(viewer, new IncidentFilter(mechanism, kind, from, to), row -> {
			try {
				line(out, fields(row));
				if (++written[0] % FLUSH_EVERY == 0) {
					out.flush();
				}
			}
			catch (IOException cut) {
				throw new UncheckedIOException(cut);
			}
		});
		out.flush();
	}

	@Operation(summary = "The incidents of the registers the caller sees, as a JSON array of the same fields as the CSV export, filtered as the list is, latest first, streamed",
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "One incident", value = JSON_EXAMPLE))))
	@GetMapping({ "/api/v1/incidents/export.json", "/incidents/export.json" })
	void json(@Parameter(example = "ERG") @RequestParam(required = false) String mechanism,
			@Parameter(example = "DETENTION") @RequestParam(required = false) IncidentKind kind,
			@Parameter(example = "2026-01-01") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(example = "2026-12-31") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		Viewer viewer = Viewers.current();
		export.requireSomeRegister(viewer);
		response.setContentType("application/json;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"incidents.json\"");
		OutputStream body = response.getOutputStream();
		try (JsonGenerator out = json.createGenerator(body)) {
			out.writeStartArray();
			long[] written = { 0 };
			export.each(viewer, new IncidentFilter(mechanism, kind, from, to), row -> {
				out.writePOJO(row);
				if (++written[0] % FLUSH_EVERY == 0) {
					out.flush();
				}
			});
			out.writeEndArray();
		}
	}

	static List<String> fields(IncidentRow row) {
		List<String> fields = new ArrayList<>(Arrays.asList(row.publicId(), row.mechanism(), String.valueOf(row.year()),
				row.kind().name(), row.dateStart().toString(), row.dateEnd().toString(), row.timePrecision().name(),
				row.placeName(), row.placePrecision().name(), text(row.lat()), text(row.lon()), row.actor1(), row.actor2()));
		Casualties figures = row.figures();
		for (Figures count : Arrays.asList(figures.dead(), figures.wounded(), figures.detained())) {
			fields.add(count == null ? "" : String.valueOf(count.low()));
			fields.add(count == null ? "" : String.valueOf(count.best()));
			fields.add(count == null ? "" : String.valueOf(count.high()));
		}
		fields.add(String.valueOf(row.disputed()));
		fields.add(row.state().name());
		fields.add(String.valueOf(row.openCase()));
		return fields;
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	/**
	 * One CSV line (RFC 4180): a field with a comma, quote or line break is quoted, and one that a spreadsheet would
	 * take for a formula (beginning with =, +, - or @, not a number) is quoted and begun with an apostrophe.
	 */
	static void line(Writer out, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(field(Objects.requireNonNullElse(fields.get(i), "")));
		}
		out.write("\r\n");
	}

	static String field(String value) {
		boolean formula = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?");
		String safe = formula ? "'" + value : value;
		if (formula || safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}
}
