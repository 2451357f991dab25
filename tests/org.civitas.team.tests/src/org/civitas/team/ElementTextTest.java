package org.civitas.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The filter of an element's history: the element's text is found whole, with its container,
 * so that equal texts mean an unchanged element and a moved element never looks unchanged.
 */
class ElementTextTest {

	private static final String FILE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<!-- a comment with a > in it -->
			<p:Portfolio id="root" name="a &gt; b">
			  <capabilities id="c1" name="x>y" xid="c3">
			    <capabilities id="c2"/>
			    <capabilities
			        id="c3" name="nested"><capabilities id="c4"/></capabilities>
			  </capabilities>
			  <services id="s1"/>
			</p:Portfolio>
			""";

	@Test
	void theElementWithItsContentsAndTheStartTagsOfItsAncestors() {
		assertEquals("<p:Portfolio id=\"root\" name=\"a &gt; b\">"
				+ "<capabilities id=\"c1\" name=\"x>y\" xid=\"c3\">"
				+ "<capabilities\n        id=\"c3\" name=\"nested\"><capabilities id=\"c4\"/></capabilities>",
				text("c3", FILE));
		assertEquals("<p:Portfolio id=\"root\" name=\"a &gt; b\"><services id=\"s1\"/>", text("s1", FILE));
	}

	@Test
	void aMoveChangesTheTextAndALayoutElsewhereDoesNot() {
		String moved = FILE.replace("<capabilities id=\"c2\"/>", "").replace("<services id=\"s1\"/>",
				"<services id=\"s1\"/><capabilities id=\"c2\"/>");
		assertFalse(text("c2", FILE).equals(text("c2", moved)), "moved out of c1");
		String otherLayout = FILE.replace("<services id=\"s1\"/>", "<services\n  id=\"s1\"\n/>");
		assertEquals(text("c3", FILE), text("c3", otherLayout));
	}

	@Test
	void anAbsentElementAndOneThatCannotBeTold() {
		assertArrayEquals(ElementText.ABSENT, new ElementText("id", "c9").in(bytes(FILE)));
		assertNull(new ElementText("id", "c2").in(bytes(FILE.replace("id=\"s1\"", "id=\"c2\""))), "the ID twice");
		assertNull(new ElementText("id", "c3").in(bytes(FILE.substring(0, FILE.indexOf("<capabilities id=\"c4\"/>")))),
				"cut short");
		assertFalse(ElementText.isFindable("a\"b"), "XML would escape it");
	}

	private static String text(String id, String file) {
		return new String(new ElementText("id", id).in(bytes(file)), StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
