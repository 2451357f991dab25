package org.civitas.validation.report;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads JSON the way a strict consumer does: a repeated member name is an error, not a silent overwrite. */
final class StrictJson {

	static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	private StrictJson() {
	}

	static JsonNode parse(String json) {
		return MAPPER.readTree(json);
	}
}
