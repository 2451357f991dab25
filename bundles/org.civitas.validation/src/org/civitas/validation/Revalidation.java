package org.civitas.validation;

import java.time.Duration;
import java.util.List;

/**
 * What a re-check after edits changed, so that whoever shows the findings updates only those.
 *
 * @param dropped the findings that no longer hold (of re-checked or removed elements)
 * @param found the findings of the re-checked elements, new objects even where a finding is as before
 * @param elementsChecked how many elements were checked again
 * @param duration how long the re-check took
 */
public record Revalidation(List<Finding> dropped, List<Finding> found, int elementsChecked, Duration duration) {

	public Revalidation {
		dropped = List.copyOf(dropped);
		found = List.copyOf(found);
	}
}
