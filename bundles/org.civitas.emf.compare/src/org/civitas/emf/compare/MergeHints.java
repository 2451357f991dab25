package org.civitas.emf.compare;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a metamodel says about comparing and merging its features, in annotations of source
 * {@value #SOURCE} on the feature:
 * <ul>
 * <li>{@code concurrentChanges = keepOurs}: when both sides change the feature differently, the
 * merge keeps ours and writes a note instead of a conflict (a diagram's positions and sizes: a
 * layout both sides improved is no decision anyone has to take).</li>
 * <li>{@code compare = whole}: a containment whose contents are parts of one value, compared and
 * merged as a whole (the points of an edge's route: an ID-less point matched by its place would
 * mix two routes).</li>
 * </ul>
 */
public final class MergeHints {

	public static final String SOURCE = "http://civitas.org/merge"; //$NON-NLS-1$
	private static final String CONCURRENT_CHANGES = "concurrentChanges"; //$NON-NLS-1$
	private static final String KEEP_OURS = "keepOurs"; //$NON-NLS-1$
	private static final String COMPARE = "compare"; //$NON-NLS-1$
	private static final String WHOLE = "whole"; //$NON-NLS-1$

	private static final Map<EStructuralFeature, Boolean> KEEPS_OURS = new ConcurrentHashMap<>();
	private static final Map<EStructuralFeature, Boolean> WHOLES = new ConcurrentHashMap<>();

	private MergeHints() {
	}

	/** Whether concurrent different changes of the feature keep ours with a note. */
	public static boolean keepsOurs(EStructuralFeature feature) {
		return KEEPS_OURS.computeIfAbsent(feature, key -> KEEP_OURS.equals(detail(key, CONCURRENT_CHANGES)));
	}

	/** Whether the feature is a containment compared as one value. */
	public static boolean isWhole(EStructuralFeature feature) {
		return feature instanceof EReference reference && reference.isContainment()
				&& WHOLES.computeIfAbsent(feature, key -> WHOLE.equals(detail(key, COMPARE)));
	}

	private static String detail(EStructuralFeature feature, String key) {
		EAnnotation annotation = feature.getEAnnotation(SOURCE);
		return annotation == null ? null : annotation.getDetails().get(key);
	}
}
