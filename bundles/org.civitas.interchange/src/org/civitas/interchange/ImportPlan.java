package org.civitas.interchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * What an import of some tables into a model would do, worked out without changing the model:
 * per source table the elements it creates, those it updates (with each value's old and new
 * text), those it leaves unchanged and the rows it refuses; the elements it deletes; and every
 * problem with its cell. {@link #apply()} does it, all of it or, when there is any problem,
 * nothing.
 */
public final class ImportPlan {

	/** A value an import sets, or takes away. */
	record Assignment(EStructuralFeature feature, Object value, boolean unset) {
	}

	/** An element the import creates, and where it goes. */
	record Creation(EObject element, EObject container, EReference list) {
	}

	/** A change of one feature, as the person who checks an import reads it. */
	public record FeatureChange(String header, String oldValue, String newValue) {
	}

	/** A row that creates or updates an element. */
	public record RowChange(int row, String element, List<FeatureChange> changes) {

		public RowChange {
			changes = List.copyOf(changes);
		}
	}

	/**
	 * What one source table does.
	 *
	 * @param source the table read
	 * @param table the list it fills
	 * @param created rows that create an element, with the values they set
	 * @param updated rows that change an element, with the changes
	 * @param unchanged how many rows match an element that they leave as it is
	 * @param refused how many rows have a problem
	 */
	public record SourceOutcome(SourceTable source, TableKind table, List<RowChange> created, List<RowChange> updated,
			int unchanged, int refused) {

		public SourceOutcome {
			created = List.copyOf(created);
			updated = List.copyOf(updated);
		}
	}

	private final List<SourceOutcome> sources;
	private final List<String> notes;
	private final List<CellProblem> problems;
	private final Map<TableKind, List<String>> deletions;
	private final List<Creation> creations;
	private final Map<EObject, List<Assignment>> assignments;
	private final List<Creation> moves;
	private final List<EObject> deleted;
	private boolean applied;

	ImportPlan(List<SourceOutcome> sources, List<String> notes, List<CellProblem> problems,
			Map<TableKind, List<String>> deletions, List<Creation> creations, Map<EObject, List<Assignment>> assignments,
			List<Creation> moves, List<EObject> deleted) {
		this.sources = List.copyOf(sources);
		this.notes = List.copyOf(notes);
		this.problems = List.copyOf(problems);
		this.deletions = new LinkedHashMap<>(deletions);
		this.creations = creations;
		this.assignments = assignments;
		this.moves = moves;
		this.deleted = deleted;
	}

	/** Per source table read into a list, in the order read. */
	public List<SourceOutcome> sources() {
		return sources;
	}

	/** What was left out and why: sheets that fill no list, headers that set no column. */
	public List<String> notes() {
		return notes;
	}

	/** Every problem; when there is one, {@link #apply()} changes nothing. */
	public List<CellProblem> problems() {
		return problems;
	}

	/** Per list whose missing rows mean deletion, the elements deleted. */
	public Map<TableKind, List<String>> deletions() {
		return deletions;
	}

	/** Whether the import can be applied: no problems. */
	public boolean isApplicable() {
		return problems.isEmpty();
	}

	public int created() {
		return sources.stream().mapToInt(source -> source.created().size()).sum();
	}

	public int updated() {
		return sources.stream().mapToInt(source -> source.updated().size()).sum();
	}

	public int unchanged() {
		return sources.stream().mapToInt(SourceOutcome::unchanged).sum();
	}

	public int refused() {
		return sources.stream().mapToInt(SourceOutcome::refused).sum();
	}

	public int deletedCount() {
		return deleted.size();
	}

	/**
	 * Changes the model as planned: new elements get their values and join their lists (after the
	 * elements already there, in the order of their rows), matched elements get the values that
	 * change, and elements of lists whose missing rows mean deletion go, references to them with
	 * them. Run it inside a command (EMF's {@code ChangeCommand}) to make it one undoable step.
	 *
	 * @throws IllegalStateException if the plan has problems, or was applied already
	 */
	public void apply() {
		if (!isApplicable()) {
			throw new IllegalStateException("An import with problems changes nothing: " + problems.get(0)); //$NON-NLS-1$
		}
		if (applied) {
			throw new IllegalStateException("This import was applied already"); //$NON-NLS-1$
		}
		applied = true;
		// New elements are filled in before they join the model: one notification each instead of one per value.
		assignments.forEach(ImportPlan::assign);
		Map<EObject, Map<EReference, List<EObject>>> joining = new LinkedHashMap<>();
		for (Creation creation : creations) {
			joining.computeIfAbsent(creation.container(), any -> new LinkedHashMap<>())
					.computeIfAbsent(creation.list(), any -> new ArrayList<>()).add(creation.element());
		}
		joining.forEach((container, lists) -> lists.forEach((list, elements) -> join(container, list, elements)));
		for (Creation move : moves) {
			join(move.container(), move.list(), List.of(move.element()));
		}
		if (!deleted.isEmpty()) {
			EcoreUtil.deleteAll(deleted, true);
		}
	}

	private static void assign(EObject element, List<Assignment> values) {
		for (Assignment assignment : values) {
			if (assignment.unset()) {
				element.eUnset(assignment.feature());
			} else {
				element.eSet(assignment.feature(), assignment.value());
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static void join(EObject container, EReference list, List<EObject> elements) {
		if (list.isMany()) {
			EList<EObject> members = (EList<EObject>) container.eGet(list);
			// New elements are in no list yet: no need to check each against all members.
			if (members instanceof InternalEList<EObject> internal && elements.stream().allMatch(e -> e.eContainer() == null)) {
				internal.addAllUnique((Collection<EObject>) elements);
			} else {
				members.addAll(elements);
			}
		} else {
			container.eSet(list, elements.get(elements.size() - 1));
		}
	}
}
