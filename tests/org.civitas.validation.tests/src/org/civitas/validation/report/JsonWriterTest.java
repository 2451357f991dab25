package org.civitas.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The JSON writer escapes as RFC 8259 requires and refuses to write a broken document. */
class JsonWriterTest {

	@Test
	void stringsAreEscapedAsRfc8259Requires() throws IOException {
		StringWriter out = new StringWriter();
		new JsonWriter(out).beginObject().member("text", "quote \" backslash \\ slash / tab \t nul \u0000 bell \u0007 \u001f")
				.endObject().finish();
		assertEquals("{\n  \"text\": \"quote \\\" backslash \\\\ slash / tab \\t nul \\u0000 bell \\u0007 \\u001f\"\n}\n",
				out.toString());
	}

	@Test
	void everyStringComesBackAsItWas() throws IOException {
		String text = "<&\"'> f\u00fcr \u20ac\r\n\b\f \u2028 \u2029 \uD83D\uDE00 \u007f";
		StringWriter out = new StringWriter();
		new JsonWriter(out).beginArray().value(text).value((String) null).value(-42).value(true).beginObject().endObject()
				.beginArray().endArray().endArray().finish();
		JsonNode parsed = StrictJson.parse(out.toString());
		assertEquals(text, parsed.get(0).stringValue());
		assertEquals(true, parsed.get(1).isNull());
		assertEquals(-42, parsed.get(2).intValue());
		assertEquals(true, parsed.get(3).booleanValue());
		assertEquals(0, parsed.get(4).size());
		assertEquals(0, parsed.get(5).size());
	}

	@Test
	void aLoneSurrogateBecomesTheReplacementCharacter() throws IOException {
		StringWriter out = new StringWriter();
		new JsonWriter(out).beginArray().value("high \uD83D alone").value("low \uDE00 alone").value("\uDE00\uD83D").endArray()
				.finish();
		JsonNode parsed = StrictJson.parse(out.toString());
		assertEquals("high \uFFFD alone", parsed.get(0).stringValue());
		assertEquals("low \uFFFD alone", parsed.get(1).stringValue());
		assertEquals("\uFFFD\uFFFD", parsed.get(2).stringValue(), "a pair in the wrong order is two lone halves");
	}

	@Test
	void aBrokenDocumentIsRefused() {
		assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringWriter()).beginObject().value("no name"));
		assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringWriter()).beginArray().name("no object"));
		assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringWriter()).beginObject().endArray());
		assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringWriter()).beginObject().name("x").endObject());
		assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringWriter()).beginObject().finish());
		assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringWriter()).value(1).value(2));
	}
}
