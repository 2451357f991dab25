package org.example.civitas.cmdb;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.civitas.interchange.SourceTable;
import org.civitas.interchange.TableFormat;
import org.civitas.portfolio.model.PortfolioPackage.Literals;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/**
 * A CMDB's listing of business services as JSON, read into the portfolio's tables:
 *
 * <pre>
 * {
 *   "people":    [ { "id": "jo", "name": "Jo Park", "organisation": "it", "role": "Service owner" } ],
 *   "services":  [ { "id": "payroll", "name": "Payroll", "status": "Operational", "owner": "jo", ... } ],
 *   "consumers": [ { "id": "payroll-parks", "service": "payroll", "agency": "parks", "status": "Live" } ]
 * }
 * </pre>
 *
 * Each list becomes the table of its portfolio list (people are Stakeholders, consumers are
 * Subscriptions), each field the column of its feature; the interchange does the rest: values
 * converted strictly (a status is one of the model's, in its words or literal), references by
 * ID or name, rows matched to elements by ID, all of it or nothing. A CMDB record's id is the
 * element's ID in the portfolio, so that importing a newer listing updates what the last one
 * created. Other fields are left out: a CMDB exports many.
 * <p>
 * This class checks only what JSON itself says: well-formed, a record an object, a field of
 * the kind it needs (text, or true and false). Each refusal names the file and the place, as
 * the line and column of a syntax error, or the JSON path of the value ({@code
 * $.services[2].critical}). A table's rows are numbered by the records' place in their list, from 1.
 */
public final class CmdbFormat implements TableFormat {

	/** What a field holds in the JSON. */
	private enum Kind {
		TEXT, TRUTH
	}

	/** A field of a record, the column of the portfolio's table it fills (by the feature's name), whether every record needs it. */
	private record Field(String name, EStructuralFeature column, Kind kind, boolean required) {
	}

	/** A list of the listing and the portfolio's table it fills. */
	private record Listing(String name, String table, List<Field> fields) {

		List<String> requiredFields() {
			return fields.stream().filter(Field::required).map(Field::name).toList();
		}
	}

	private static final Field ID = new Field("id", Literals.IDENTIFIED__ID, Kind.TEXT, true); //$NON-NLS-1$
	private static final Field NAME = new Field("name", Literals.NAMED__NAME, Kind.TEXT, true); //$NON-NLS-1$

	private static final List<Listing> LISTS = List.of(
			new Listing("people", "Stakeholders", List.of(ID, NAME, //$NON-NLS-1$ //$NON-NLS-2$
					new Field("organisation", Literals.STAKEHOLDER__ORGANIZATION, Kind.TEXT, false), //$NON-NLS-1$
					new Field("role", Literals.STAKEHOLDER__ROLE, Kind.TEXT, false))), //$NON-NLS-1$
			new Listing("services", "Services", List.of(ID, NAME, //$NON-NLS-1$ //$NON-NLS-2$
					new Field("description", Literals.NAMED__DESCRIPTION, Kind.TEXT, false), //$NON-NLS-1$
					new Field("status", Literals.SHARED_SERVICE__LIFECYCLE, Kind.TEXT, false), //$NON-NLS-1$
					new Field("serviceLine", Literals.SHARED_SERVICE__SERVICE_LINE, Kind.TEXT, false), //$NON-NLS-1$
					new Field("critical", Literals.SHARED_SERVICE__CRITICAL, Kind.TRUTH, false), //$NON-NLS-1$
					new Field("provider", Literals.SHARED_SERVICE__PROVIDER, Kind.TEXT, false), //$NON-NLS-1$
					new Field("owner", Literals.SHARED_SERVICE__OWNER, Kind.TEXT, false))), //$NON-NLS-1$
			new Listing("consumers", "Subscriptions", List.of(ID, //$NON-NLS-1$ //$NON-NLS-2$
					new Field("service", Literals.SUBSCRIPTION__SERVICE, Kind.TEXT, true), //$NON-NLS-1$
					new Field("agency", Literals.SUBSCRIPTION__CONSUMER, Kind.TEXT, true), //$NON-NLS-1$
					new Field("status", Literals.SUBSCRIPTION__STATUS, Kind.TEXT, false)))); //$NON-NLS-1$

	/**
	 * Gson's description of what strict JSON does not allow (a comment, a quote of the wrong kind,
	 * a second document...), which speaks to a Java programmer rather than to the person who mends
	 * the file; the place that follows it is kept.
	 */
	private static final String GSON_LENIENCY_ADVICE = "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON"; //$NON-NLS-1$

	private static final Gson GSON = new Gson();

	@Override
	public List<SourceTable> read(Path file) throws IOException {
		JsonObject listing = parse(file);
		List<SourceTable> tables = new ArrayList<>();
		for (Listing list : LISTS) {
			JsonElement records = listing.get(list.name());
			if (records != null && !records.isJsonNull()) {
				tables.add(table(file, list, records));
			}
		}
		if (tables.isEmpty()) {
			throw new IOException(NLS.bind(Messages.noLists, file, listNames()));
		}
		return tables;
	}

	/** The file's one JSON object, read strictly as UTF-8 (a byte order mark, as some Windows tools write, is skipped). */
	private static JsonObject parse(Path file) throws IOException {
		String text;
		try {
			text = Files.readString(file);
		} catch (CharacterCodingException notUtf8) {
			throw new IOException(NLS.bind(Messages.notUtf8, file), notUtf8);
		}
		if (text.startsWith("\uFEFF")) { //$NON-NLS-1$
			text = text.substring(1);
		}
		JsonElement root;
		try (JsonReader reader = new JsonReader(new StringReader(text))) {
			reader.setStrictness(Strictness.STRICT);
			root = GSON.getAdapter(JsonElement.class).read(reader);
			// Anything after the object but blanks is refused here, strictly, with its place.
			reader.peek();
		} catch (IOException malformed) {
			// Gson's message ends with the place: "... at line 3 column 5 path $.services[0]".
			String description = Objects.toString(malformed.getMessage(), "").lines().findFirst().orElse("") //$NON-NLS-1$ //$NON-NLS-2$
					.replace(GSON_LENIENCY_ADVICE, Messages.notAllowed);
			throw new IOException(NLS.bind(Messages.notJson, file, description), malformed);
		}
		if (!root.isJsonObject()) {
			throw new IOException(NLS.bind(Messages.notAnObject, new Object[] { file, kindOf(root), listNames() }));
		}
		return root.getAsJsonObject();
	}

	private static SourceTable table(Path file, Listing list, JsonElement records) throws IOException {
		String path = "$." + list.name(); //$NON-NLS-1$
		if (!records.isJsonArray()) {
			throw new IOException(NLS.bind(Messages.notAList, new Object[] { file, path, kindOf(records) }));
		}
		JsonArray array = records.getAsJsonArray();
		List<SourceTable.Row> rows = new ArrayList<>();
		for (int index = 0; index < array.size(); index++) {
			String recordPath = path + '[' + index + ']';
			if (!array.get(index).isJsonObject()) {
				throw new IOException(NLS.bind(Messages.notARecord, new Object[] { file, recordPath, kindOf(array.get(index)) }));
			}
			JsonObject record = array.get(index).getAsJsonObject();
			List<String> cells = new ArrayList<>();
			for (Field field : list.fields()) {
				cells.add(cell(file, list, field, record, recordPath));
			}
			rows.add(new SourceTable.Row(index + 1, cells));
		}
		List<String> headers = list.fields().stream().map(field -> field.column().getName()).toList();
		return new SourceTable(NLS.bind(Messages.source, file, list.name()), list.table(), headers, rows, false);
	}

	/** The field's value as the cell's text; {@code ""} for an optional field that is absent or null. */
	private static String cell(Path file, Listing list, Field field, JsonObject record, String recordPath) throws IOException {
		JsonElement value = record.get(field.name());
		if (value == null || value.isJsonNull()) {
			if (field.required()) {
				throw new IOException(NLS.bind(Messages.missing, new Object[] { file, recordPath, field.name(), list.name(),
						list.requiredFields().stream().map(name -> '"' + name + '"').collect(Collectors.joining(", ")) })); //$NON-NLS-1$
			}
			return ""; //$NON-NLS-1$
		}
		boolean fits = value.isJsonPrimitive()
				&& (field.kind() == Kind.TEXT ? value.getAsJsonPrimitive().isString() : value.getAsJsonPrimitive().isBoolean());
		if (!fits) {
			throw new IOException(NLS.bind(field.kind() == Kind.TEXT ? Messages.notText : Messages.notTruth,
					new Object[] { file, recordPath + '.' + field.name(), kindOf(value) }));
		}
		return value.getAsString();
	}

	/** What a JSON value is, for a message: "a number (12)", "a list", the text "yes". */
	private static String kindOf(JsonElement value) {
		if (value.isJsonArray()) {
			return Messages.aList;
		}
		if (value.isJsonObject()) {
			return Messages.anObject;
		}
		if (value.isJsonNull()) {
			return Messages.aNull;
		}
		if (value.getAsJsonPrimitive().isNumber()) {
			return NLS.bind(Messages.aNumber, value.getAsString());
		}
		if (value.getAsJsonPrimitive().isBoolean()) {
			return NLS.bind(Messages.aTruth, value.getAsString());
		}
		return NLS.bind(Messages.aText, value.getAsString());
	}

	private static String listNames() {
		return LISTS.stream().map(list -> '"' + list.name() + '"').collect(Collectors.joining(", ")); //$NON-NLS-1$
	}
}
