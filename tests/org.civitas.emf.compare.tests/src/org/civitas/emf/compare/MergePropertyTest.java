package org.civitas.emf.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.civitas.portfolio.model.Portfolio;
import org.civitas.portfolio.model.resource.PortfolioResourceFactory;
import org.civitas.portfolio.model.synthetic.SyntheticPortfolio;
import org.civitas.validation.ModelValidator;
import org.civitas.validation.RuleRegistry;
import org.civitas.validation.ValidationMode;
import org.civitas.validation.ValidationProfile;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

/**
 * The merge's promises, on generated portfolios with random edits on both sides (set, add,
 * remove, move, reorder, delete): no edit of one side is lost unless a conflict names it;
 * conflicts are reported exactly where both sides changed one element feature differently,
 * or one deleted what the other touched; merging a version with itself or with the base gives
 * that version; every merged model loads, refers only to its own elements and is well formed
 * (EMF-001). A failing case names its seed; the test JVM's {@code -Dcivitas.merge.seed=N} (through
 * {@code -Dcivitas.test.vmargs}) runs from that one.
 */
class MergePropertyTest {

	private static final int CASES = 300;

	private final DiffText words = new DiffText(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
	private final ModelValidator wellFormed = new ModelValidator(new RuleRegistry(List.of()), ValidationProfile.defaults());

	@Test
	void mergesKeepEveryEditAndConflictExactlyWhereBothSidesTouchedOneThing() {
		long first = Long.getLong("civitas.merge.seed", 1);
		int conflicted = 0;
		for (long seed = first; seed < first + CASES; seed++) {
			try {
				conflicted += check(seed) ? 1 : 0;
			} catch (AssertionError | RuntimeException failure) {
				throw new AssertionError("seed " + seed + ": " + failure.getMessage(), failure);
			}
		}
		assertTrue(conflicted > CASES / 10 && conflicted < CASES, "the edits clash in some cases but not all: " + conflicted);
	}

	/** One case; whether it had conflicts. */
	private boolean check(long seed) {
		Random random = new Random(seed);
		Portfolio base = SyntheticPortfolio.generate(40 + random.nextInt(80), seed);
		Portfolio ours = EcoreUtil.copy(base);
		Portfolio theirs = EcoreUtil.copy(base);
		new Editor(random, "o").edit(ours, 1 + random.nextInt(8));
		new Editor(random, "t").edit(theirs, 1 + random.nextInt(8));
		requireWellFormed(ours, "ours");
		requireWellFormed(theirs, "theirs");

		assertEquals(List.of(), merged(base, EcoreUtil.copy(theirs), theirs).conflicts(), "merge(base, x, x)");
		Portfolio same = EcoreUtil.copy(theirs);
		ThreeWayMerge.merge(base, same, theirs, words);
		assertSameModel(theirs, same, "merge(base, x, x) = x");
		Portfolio onlyTheirs = EcoreUtil.copy(base);
		ThreeWayMerge.merge(base, onlyTheirs, theirs, words);
		assertSameModel(theirs, onlyTheirs, "merge(base, base, x) = x");
		Portfolio onlyOurs = EcoreUtil.copy(ours);
		ThreeWayMerge.merge(base, onlyOurs, EcoreUtil.copy(base), words);
		assertSameModel(ours, onlyOurs, "merge(base, x, base) = x");

		ElementKeys baseKeys = ElementKeys.of(base);
		ElementKeys oursKeys = ElementKeys.of(ours);
		ElementKeys theirsKeys = ElementKeys.of(theirs);
		Portfolio merged = EcoreUtil.copy(ours);
		MergeResult result = merged(base, merged, theirs);
		ElementKeys mergedKeys = ElementKeys.of(merged);
		Set<String> inConflict = new HashSet<>();
		result.conflicts().forEach(conflict -> inConflict.add(conflict.element()));
		Set<String> covered = coveredByDeletionConflicts(result, baseKeys, oursKeys, theirsKeys);

		checkPresence(baseKeys, oursKeys, theirsKeys, mergedKeys, covered);
		checkValues(result, baseKeys, oursKeys, theirsKeys, mergedKeys, inConflict, covered);
		requireWellFormed(reloaded(merged), "the merged model, saved and loaded");
		for (Conflict conflict : result.conflicts()) {
			try {
				ConflictResolution.takeTheirs(merged, conflict);
			} catch (ConflictResolution.NotApplicable stale) {
				// An earlier conflict taken may have deleted this one's element: nothing to take.
			}
		}
		requireWellFormed(merged, "the merged model with theirs taken for every conflict");
		return !result.conflicts().isEmpty();
	}

	/** The two models have no difference, said in the editor's words when they have. */
	private void assertSameModel(Portfolio expected, Portfolio actual, String what) {
		assertEquals(List.of(), words.lines(ModelComparison.changes(expected, actual)), what);
	}

	private MergeResult merged(Portfolio base, Portfolio ours, Portfolio theirs) {
		return ThreeWayMerge.merge(base, ours, theirs, words);
	}

	/** Elements kept, left out or left in place for a deletion or move conflict, with what they contain. */
	private static Set<String> coveredByDeletionConflicts(MergeResult result, ElementKeys base, ElementKeys ours, ElementKeys theirs) {
		Set<String> covered = new HashSet<>();
		for (Conflict conflict : result.conflicts()) {
			if (conflict.kind() == Conflict.Kind.VALUE || conflict.kind() == Conflict.Kind.ORDER) {
				continue;
			}
			covered.add(conflict.element());
			for (ElementKeys version : List.of(base, ours, theirs)) {
				EObject element = version.element(conflict.element());
				if (element != null) {
					element.eAllContents().forEachRemaining(inside -> covered.add(version.keyOf(inside)));
				}
			}
		}
		return covered;
	}

	/** Additions of both sides are there; deletions of both sides are gone; conflicts keep ours. */
	private static void checkPresence(ElementKeys base, ElementKeys ours, ElementKeys theirs, ElementKeys merged, Set<String> covered) {
		for (String key : ours.all().values()) {
			if (!covered.contains(key) && !deletedByTheirs(key, base, theirs)) {
				assertNotNull(merged.element(key), () -> "ours' " + key + " is kept");
			}
		}
		for (String key : theirs.all().values()) {
			if (base.element(key) == null && !covered.contains(key) && !insideCovered(theirs.element(key), theirs, covered)) {
				assertNotNull(merged.element(key), () -> "theirs' new " + key + " is added");
			}
		}
		for (String key : base.all().values()) {
			if ((ours.element(key) == null || theirs.element(key) == null) && !covered.contains(key)) {
				assertNull(merged.element(key), () -> key + " deleted by a side is gone");
			}
		}
	}

	private static boolean deletedByTheirs(String key, ElementKeys base, ElementKeys theirs) {
		return base.element(key) != null && theirs.element(key) == null;
	}

	private static boolean insideCovered(EObject element, ElementKeys keys, Set<String> covered) {
		for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
			if (covered.contains(keys.keyOf(container))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Every single value is base's when nobody changed it, the changing side's when one did, the
	 * common one when both did alike, and ours with a conflict when both differ; conflicts are
	 * reported nowhere else. Lists hold what either side added and lack what either removed.
	 */
	private static void checkValues(MergeResult result, ElementKeys base, ElementKeys ours, ElementKeys theirs, ElementKeys merged,
			Set<String> inConflict, Set<String> covered) {
		Set<String> valueConflicts = new HashSet<>();
		result.conflicts().stream().filter(conflict -> conflict.kind() == Conflict.Kind.VALUE)
				.forEach(conflict -> valueConflicts.add(conflict.element() + '#' + conflict.feature()));
		Set<String> expectedConflicts = new HashSet<>();
		for (Map.Entry<EObject, String> entry : base.all().entrySet()) {
			String key = entry.getValue();
			EObject b = entry.getKey();
			EObject o = ours.element(key);
			EObject t = theirs.element(key);
			EObject m = merged.element(key);
			if (o == null || t == null || m == null || covered.contains(key)) {
				continue;
			}
			for (EStructuralFeature feature : ModelComparison.comparedFeatures(b.eClass())) {
				if (feature instanceof EReference reference && reference.isContainment()) {
					continue;
				}
				if (feature.isMany()) {
					checkList(feature, b, o, t, m, base, ours, theirs, merged, covered);
					continue;
				}
				String bv = text(feature, base, ModelComparison.valueOf(b, feature));
				String ov = text(feature, ours, ModelComparison.valueOf(o, feature));
				String tv = text(feature, theirs, ModelComparison.valueOf(t, feature));
				String mv = text(feature, merged, ModelComparison.valueOf(m, feature));
				String where = key + '#' + feature.getName();
				if (!ov.equals(bv) && !tv.equals(bv) && !ov.equals(tv)) {
					expectedConflicts.add(where);
					assertEquals(ov, mv, () -> where + " holds ours while in conflict");
				} else if (tv.equals(bv) || ov.equals(tv)) {
					assertEquals(ov, mv, () -> where + " is ours' (base " + bv + ", theirs " + tv + ")");
				} else if (!(feature instanceof EReference) || merged.element(tv.substring(1)) != null) {
					assertEquals(tv, mv, () -> where + " is theirs' (base " + bv + ", ours " + ov + ")");
				}
			}
		}
		assertEquals(expectedConflicts, valueConflicts, "value conflicts exactly where both sides set one value differently");
		for (Conflict conflict : result.conflicts()) {
			if (conflict.kind() == Conflict.Kind.DELETED_BY_THEIRS) {
				assertNull(theirs.element(conflict.element()), "theirs deleted " + conflict.element());
				assertNotNull(merged.element(conflict.element()), "ours keeps " + conflict.element());
			} else if (conflict.kind() == Conflict.Kind.DELETED_BY_OURS) {
				assertNull(ours.element(conflict.element()), "ours deleted " + conflict.element());
				assertNull(merged.element(conflict.element()), "the merged model keeps ours' deletion of " + conflict.element());
			} else if (conflict.kind() == Conflict.Kind.MOVE) {
				EObject b = base.element(conflict.element());
				EObject o = ours.element(conflict.element());
				EObject t = theirs.element(conflict.element());
				assertTrue(b == null || !place(b, base).equals(place(o, ours)) && !place(b, base).equals(place(t, theirs)),
						"both moved " + conflict.element());
			}
		}
		assertTrue(inConflict.containsAll(valueConflicts.stream().map(where -> where.substring(0, where.indexOf('#'))).toList()));
	}

	private static void checkList(EStructuralFeature feature, EObject b, EObject o, EObject t, EObject m, ElementKeys base,
			ElementKeys ours, ElementKeys theirs, ElementKeys merged, Set<String> covered) {
		List<Object> bl = ListKeys.of(feature, base, (List<?>) b.eGet(feature, false));
		List<Object> ol = ListKeys.of(feature, ours, (List<?>) o.eGet(feature, false));
		List<Object> tl = ListKeys.of(feature, theirs, (List<?>) t.eGet(feature, false));
		List<Object> ml = ListKeys.of(feature, merged, (List<?>) m.eGet(feature, false));
		Set<Object> expected = new HashSet<>(ol);
		for (Object item : bl) {
			if (!tl.contains(item) && !covered.contains(item)) {
				expected.remove(item);
			}
		}
		for (Object item : tl) {
			if (!bl.contains(item)) {
				expected.add(item);
			}
		}
		expected.removeIf(item -> feature instanceof EReference && merged.element((String) item) == null);
		String where = merged.keyOf(m) + '#' + feature.getName();
		assertEquals(expected, new HashSet<>(ml), () -> where + " holds what both added, less what either removed");
		if (ol.equals(bl) && tl.containsAll(expected)) {
			assertEquals(tl.stream().filter(expected::contains).toList(), ml, () -> where + " in theirs' order");
		} else if (tl.equals(bl)) {
			assertEquals(ol.stream().filter(expected::contains).toList(), ml, () -> where + " in ours' order");
		}
	}

	private static String place(EObject element, ElementKeys keys) {
		return keys.keyOf(element.eContainer()) + '/' + element.eContainmentFeature().getName();
	}

	/** A value as a comparable text: an element by its key (with a mark), an attribute by its literal. */
	private static String text(EStructuralFeature feature, ElementKeys keys, Object value) {
		if (feature instanceof EReference) {
			return value == null ? "-" : "@" + ModelComparison.referenceKey(keys, value);
		}
		return String.valueOf(value);
	}

	private void requireWellFormed(Portfolio portfolio, String what) {
		var findings = wellFormed.validate(List.of(portfolio), ValidationMode.BATCH).findings().stream()
				.filter(finding -> finding.rule() == ModelValidator.WELL_FORMED).map(Object::toString).toList();
		assertEquals(List.of(), findings, what + " is well formed (EMF-001)");
		portfolio.eAllContents().forEachRemaining(element -> {
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()) {
					for (Object target : targets(element.eGet(reference, false))) {
						assertTrue(EcoreUtil.getRootContainer((EObject) target) == portfolio,
								() -> what + ": " + EcoreUtil.getID(element) + "." + reference.getName() + " points outside the model");
					}
				}
			}
		});
	}

	private static List<?> targets(Object value) {
		if (value instanceof List<?> many) {
			return many;
		}
		return value == null ? List.of() : List.of(value);
	}

	private static Portfolio reloaded(Portfolio portfolio) {
		Portfolio copy = EcoreUtil.copy(portfolio);
		Resource out = new PortfolioResourceFactory().createResource(URI.createURI("memory:/merged.portfolio"));
		new ResourceSetImpl().getResources().add(out);
		out.getContents().add(copy);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			out.save(bytes, Map.of());
			Resource in = new PortfolioResourceFactory().createResource(URI.createURI("memory:/merged.portfolio"));
			new ResourceSetImpl().getResources().add(in);
			in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
			assertTrue(in.getErrors().isEmpty(), () -> "loads: " + in.getErrors());
			return (Portfolio) in.getContents().get(0);
		} catch (IOException unreadable) {
			return fail("the merged model loads: " + unreadable);
		}
	}

	/** Random edits of one side: set, add, remove, move, reorder, delete. */
	private static final class Editor {

		private final Random random;
		private final String side;
		private int added;

		Editor(Random random, String side) {
			this.random = random;
			this.side = side;
		}

		void edit(Portfolio portfolio, int edits) {
			for (int i = 0; i < edits; i++) {
				List<EObject> elements = new ArrayList<>();
				portfolio.eAllContents().forEachRemaining(elements::add);
				// Half the edits go to the first elements, so that both sides often touch the same ones.
				EObject element = elements.get(random.nextInt(random.nextBoolean() ? Math.min(12, elements.size()) : elements.size()));
				switch (random.nextInt(7)) {
					case 0, 1 -> set(element, elements);
					case 2 -> add(random.nextBoolean() ? portfolio : element);
					case 3 -> changeReferences(element, elements);
					case 4 -> move(element, elements);
					case 5 -> reorder(random.nextBoolean() ? portfolio : element);
					default -> EcoreUtil.delete(element, true);
				}
			}
		}

		private void set(EObject element, List<EObject> elements) {
			List<EStructuralFeature> settable = ModelComparison.comparedFeatures(element.eClass()).stream()
					.filter(feature -> !feature.isMany() && !(feature instanceof EReference reference && reference.isContainment())
							&& (feature instanceof EReference || value((EAttribute) feature) != null))
					.toList();
			if (settable.isEmpty()) {
				return;
			}
			EStructuralFeature feature = settable.get(random.nextInt(settable.size()));
			if (feature instanceof EReference reference) {
				List<EObject> targets = elements.stream().filter(reference.getEReferenceType()::isInstance).toList();
				element.eSet(feature, targets.isEmpty() || random.nextInt(5) == 0 ? null : targets.get(random.nextInt(targets.size())));
			} else {
				element.eSet(feature, value((EAttribute) feature));
			}
		}

		/** A new value from a small range, so that both sides sometimes set the same one. */
		private Object value(EAttribute attribute) {
			EDataType type = attribute.getEAttributeType();
			if (type instanceof EEnum enumeration) {
				return enumeration.getELiterals().get(random.nextInt(enumeration.getELiterals().size())).getInstance();
			}
			if (type == EcorePackage.Literals.ESTRING) {
				return "v" + random.nextInt(3);
			}
			if (type == EcorePackage.Literals.EINT || type == EcorePackage.Literals.EINTEGER_OBJECT) {
				return 1 + random.nextInt(4);
			}
			if (type == EcorePackage.Literals.EDOUBLE || type == EcorePackage.Literals.EDOUBLE_OBJECT) {
				return (double) random.nextInt(4);
			}
			if (type == EcorePackage.Literals.EBOOLEAN) {
				return random.nextBoolean();
			}
			return null;
		}

		@SuppressWarnings("unchecked")
		private void add(EObject container) {
			List<EReference> lists = container.eClass().getEAllContainments().stream()
					.filter(list -> list.isMany() && concrete(list.getEReferenceType()) != null).toList();
			if (lists.isEmpty()) {
				return;
			}
			EReference list = lists.get(random.nextInt(lists.size()));
			EObject element = EcoreUtil.create(concrete(list.getEReferenceType()));
			EcoreUtil.setID(element, side + "-new-" + added++);
			EStructuralFeature name = element.eClass().getEStructuralFeature("name");
			if (name != null) {
				element.eSet(name, "New " + side + added);
			}
			List<EObject> items = (List<EObject>) container.eGet(list);
			items.add(random.nextInt(items.size() + 1), element);
		}

		private static EClass concrete(EClass type) {
			if (!type.isAbstract()) {
				return type;
			}
			return type.getEPackage().getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
					.filter(candidate -> !candidate.isAbstract() && type.isSuperTypeOf(candidate)).findFirst().orElse(null);
		}

		@SuppressWarnings("unchecked")
		private void changeReferences(EObject element, List<EObject> elements) {
			List<EReference> lists = element.eClass().getEAllReferences().stream()
					.filter(reference -> reference.isMany() && !reference.isContainment() && reference.isChangeable()
							&& !reference.isDerived())
					.toList();
			if (lists.isEmpty()) {
				return;
			}
			EReference reference = lists.get(random.nextInt(lists.size()));
			EList<EObject> targets = (EList<EObject>) element.eGet(reference);
			if (!targets.isEmpty() && random.nextBoolean()) {
				targets.remove(random.nextInt(targets.size()));
				return;
			}
			List<EObject> candidates = elements.stream().filter(reference.getEReferenceType()::isInstance)
					.filter(candidate -> !targets.contains(candidate)).toList();
			if (!candidates.isEmpty()) {
				targets.add(random.nextInt(targets.size() + 1), candidates.get(random.nextInt(candidates.size())));
			}
		}

		@SuppressWarnings("unchecked")
		private void move(EObject element, List<EObject> elements) {
			EObject container = element.eContainer();
			EReference list = element.eContainmentFeature();
			if (!list.isMany()) {
				return;
			}
			List<EObject> others = elements.stream()
					.filter(other -> other != container && other.eClass() == container.eClass() && !EcoreUtil.isAncestor(element, other))
					.toList();
			if (others.isEmpty()) {
				return;
			}
			List<EObject> items = (List<EObject>) others.get(random.nextInt(others.size())).eGet(list);
			items.add(random.nextInt(items.size() + 1), element);
		}

		private void reorder(EObject element) {
			List<EReference> lists = element.eClass().getEAllReferences().stream()
					.filter(reference -> reference.isMany() && reference.isChangeable() && !reference.isDerived()
							&& ((List<?>) element.eGet(reference)).size() > 1)
					.toList();
			if (lists.isEmpty()) {
				return;
			}
			EList<?> items = (EList<?>) element.eGet(lists.get(random.nextInt(lists.size())));
			items.move(random.nextInt(items.size()), random.nextInt(items.size()));
		}
	}
}
