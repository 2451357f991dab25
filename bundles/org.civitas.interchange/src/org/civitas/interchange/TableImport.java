package org.civitas.interchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Tables read into a model. A row matches an element by its id; without one, by its name within
 * its class when exactly one element has it (two are an error that lists them); otherwise it
 * creates one. Only cells that hold something change values, unless
 * {@link ImportOptions#clearEmpty()}. References (by id or by name, several separated by
 * {@value TableExport#SEPARATOR}) are resolved once every row is read, so the order of tables
 * and rows does not matter. Conversion is strict: a cell that cannot be its column's value is
 * a problem, never adjusted.
 * <p>
 * {@link #plan} works out everything first and changes nothing; the plan applies all of it, or
 * nothing when any cell has a problem.
 */
public final class TableImport {

	private final TableSchema schema;
	private final CellValues values;

	private TableImport(TableSchema schema) {
		this.schema = schema;
		this.values = new CellValues(schema.labels());
	}

	public static TableImport of(TableSchema schema) {
		return new TableImport(schema);
	}

	/**
	 * What importing {@code sources} into the model of {@code root} would do. {@code root} may
	 * be a new root that is in no resource yet: the import fills it, its id included.
	 */
	public ImportPlan plan(EObject root, List<SourceTable> sources, ImportMapping mapping, ImportOptions options) {
		return new Planning(root, options).run(sources, mapping);
	}

	/** A row being read: the element it matches or creates, and what it sets. */
	private static final class RowWork {
		final Binding binding;
		final SourceTable.Row row;
		final TableKind table;
		EObject element;
		boolean creates;
		/** The parent cell and its column's position, for a nested list. */
		String parentText;
		int parentColumn = -1;
		EObject parent;
		/** Values of attributes, and texts of references until they are resolved, by column position. */
		final Map<Integer, Object> attributeValues = new LinkedHashMap<>();
		final Map<Integer, String> referenceTexts = new LinkedHashMap<>();
		final Map<Integer, Object> referenceValues = new LinkedHashMap<>();
		final List<Integer> cleared = new ArrayList<>();
		boolean refused;

		RowWork(Binding binding, SourceTable.Row row) {
			this.binding = binding;
			this.row = row;
			this.table = binding.table();
		}
	}

	/** The columns of a source table that set something, by position, and its rows as they are read. */
	private record Binding(SourceTable source, TableKind table, Map<Integer, Column> columns, List<RowWork> rows) {
		Column at(int position) {
			return columns.get(position);
		}
	}

	private final class Planning {
		private final EObject root;
		private final ImportOptions options;
		private final ModelIndex index;
		private final List<String> notes = new ArrayList<>();
		private final List<CellProblem> problems = new ArrayList<>();
		private final List<Binding> bindings = new ArrayList<>();
		private final List<RowWork> rows = new ArrayList<>();
		/** Which row matched or created each element, to refuse a second row for it. */
		private final Map<EObject, RowWork> rowOf = new IdentityHashMap<>();
		private final Map<String, RowWork> newIds = new HashMap<>();

		Planning(EObject root, ImportOptions options) {
			this.root = root;
			this.options = options;
			this.index = new ModelIndex(root, schema.labels());
		}

		ImportPlan run(List<SourceTable> sources, ImportMapping mapping) {
			for (SourceTable source : sources) {
				bind(source, mapping);
			}
			for (Binding binding : bindings) {
				for (SourceTable.Row row : binding.source().rows()) {
					match(binding, row);
				}
			}
			for (Binding binding : bindings) {
				readAttributes(binding);
			}
			// Every element an import creates is known now, so references may point to any of them.
			for (RowWork work : rows) {
				if (work.creates) {
					index.add(work.element, nameOf(work));
				}
			}
			for (RowWork work : rows) {
				resolve(work);
			}
			return plan();
		}

		/** Which list the source fills and which columns its headers set; refuses duplicate headers. */
		private void bind(SourceTable source, ImportMapping mapping) {
			TableKind table = mapping.table(source).orElse(null);
			if (table == null) {
				notes.add(NLS.bind(source.hidden() ? Messages.TableImport_hiddenLeftOut : Messages.TableImport_tableLeftOut,
						source.source(), source.name()));
				return;
			}
			Map<Integer, Column> columns = new LinkedHashMap<>();
			Map<Column, Integer> positions = new HashMap<>();
			for (int position = 0; position < source.headers().size(); position++) {
				String header = source.headers().get(position);
				if (header.isBlank()) {
					continue;
				}
				Column column = mapping.column(source, table, header).orElse(null);
				if (column == null) {
					notes.add(NLS.bind(Messages.TableImport_headerLeftOut, new Object[] { source.source(), header.strip(),
							table.name() }));
					continue;
				}
				Integer earlier = positions.putIfAbsent(column, position);
				if (earlier != null) {
					problems.add(new CellProblem(source.source(), 1, header.strip(), header, NLS.bind(Messages.TableImport_duplicateHeader,
							new Object[] { column.header(), source.headers().get(earlier).strip() })));
					continue;
				}
				columns.put(position, column);
			}
			bindings.add(new Binding(source, table, columns, new ArrayList<>()));
		}

		/** The element a row is about: by id, else by name, else a new one. */
		private void match(Binding binding, SourceTable.Row row) {
			TableKind table = binding.table();
			RowWork work = new RowWork(binding, row);
			rows.add(work);
			binding.rows().add(work);
			String id = null;
			String name = null;
			int idPosition = -1;
			int namePosition = -1;
			EAttribute nameAttribute = ModelIndex.nameAttribute(table.type());
			for (Map.Entry<Integer, Column> bound : binding.columns().entrySet()) {
				String cell = row.cell(bound.getKey()).strip();
				Column column = bound.getValue();
				if (column.role() == Column.Role.ID && !cell.isEmpty()) {
					id = cell;
					idPosition = bound.getKey();
				} else if (column.role() == Column.Role.PARENT) {
					work.parentText = cell;
					work.parentColumn = bound.getKey();
				} else if (column.feature() == nameAttribute && nameAttribute != null && !cell.isEmpty()) {
					name = cell;
					namePosition = bound.getKey();
				}
			}
			for (Map.Entry<Integer, String> unreadable : row.unreadable().entrySet()) {
				if (binding.columns().containsKey(unreadable.getKey())) {
					refuse(work, binding, unreadable.getKey(), unreadable.getValue());
				}
			}
			if (work.refused) {
				return;
			}
			if (table.isRoot()) {
				matchRoot(binding, work, id, idPosition);
				return;
			}
			if (id != null) {
				EObject existing = index.withId(id);
				RowWork earlierNew = newIds.get(id);
				if (earlierNew != null) {
					refuse(work, binding, idPosition, NLS.bind(Messages.TableImport_idTwice, earlierNew.row.number()));
				} else if (existing != null && existing.eClass() != table.type()) {
					refuse(work, binding, idPosition, NLS.bind(Messages.TableImport_idOfAnother,
							index.describe(existing), schema.labels().of(existing.eClass())));
				} else if (existing != null) {
					claim(work, binding, idPosition, existing);
				} else {
					work.element = EcoreUtil.create(table.type());
					EcoreUtil.setID(work.element, id);
					work.creates = true;
					newIds.put(id, work);
				}
				return;
			}
			if (name != null) {
				List<EObject> named = index.named(table.type(), name).stream().filter(e -> e.eClass() == table.type()).toList();
				if (named.size() > 1) {
					refuse(work, binding, namePosition, NLS.bind(Messages.TableImport_ambiguousName,
							named.stream().map(index::describe).collect(Collectors.joining(", ")))); //$NON-NLS-1$
					return;
				}
				if (named.size() == 1) {
					claim(work, binding, namePosition, named.get(0));
					return;
				}
			}
			work.element = EcoreUtil.create(table.type());
			work.creates = true;
		}

		/** The root's table has one row, and it is the root, whatever its id says. */
		private void matchRoot(Binding binding, RowWork work, String id, int idPosition) {
			if (rowOf.containsKey(root)) {
				refuse(work, binding, -1, NLS.bind(Messages.TableImport_rootTwice, rowOf.get(root).row.number()));
				return;
			}
			work.element = root;
			rowOf.put(root, work);
			if (id != null && EcoreUtil.getID(root) == null) {
				// A new model takes the id of the one it was exported from.
				EcoreUtil.setID(root, id);
				index.add(root);
			}
			if (idPosition >= 0 && id != null && !id.equals(EcoreUtil.getID(root))) {
				notes.add(NLS.bind(Messages.TableImport_rootIdKept, work.binding.source().source(), id));
			}
		}

		private void claim(RowWork work, Binding binding, int position, EObject element) {
			RowWork earlier = rowOf.putIfAbsent(element, work);
			if (earlier != null) {
				refuse(work, binding, position, NLS.bind(Messages.TableImport_elementTwice,
						index.describe(element), earlier.row.number()));
				return;
			}
			work.element = element;
		}

		private void readAttributes(Binding binding) {
			for (RowWork work : binding.rows()) {
				if (work.element == null) {
					continue;
				}
				binding.columns().forEach((position, column) -> {
					if (column.role() != Column.Role.VALUE) {
						return;
					}
					String cell = work.row.cell(position);
					if (cell.isBlank()) {
						if (options.clearEmpty() && !work.creates) {
							work.cleared.add(position);
						}
						return;
					}
					if (column.feature() instanceof EAttribute attribute) {
						try {
							if (attribute.isMany()) {
								List<Object> converted = new ArrayList<>();
								for (String one : CellValues.values(cell)) {
									converted.add(values.attribute(attribute, one));
								}
								work.attributeValues.put(position, converted);
							} else {
								work.attributeValues.put(position, values.attribute(attribute, cell));
							}
						} catch (CellValues.Refused refused) {
							refuse(work, binding, position, refused.getMessage());
						}
					} else {
						work.referenceTexts.put(position, cell);
					}
				});
			}
		}

		/** The name a row gives its element, if its class has names and the row one. */
		private String nameOf(RowWork work) {
			EAttribute name = ModelIndex.nameAttribute(work.table.type());
			Binding binding = work.binding;
			for (Map.Entry<Integer, Object> value : work.attributeValues.entrySet()) {
				if (name != null && binding.at(value.getKey()).feature() == name) {
					return (String) value.getValue();
				}
			}
			return null;
		}

		private void resolve(RowWork work) {
			if (work.element == null) {
				return;
			}
			Binding binding = work.binding;
			if (work.table.parent() != null) {
				resolveParent(work, binding);
			}
			work.referenceTexts.forEach((position, text) -> {
				EReference reference = (EReference) binding.at(position).feature();
				List<String> names = reference.isMany() ? CellValues.values(text) : List.of(text.strip());
				List<EObject> targets = new ArrayList<>();
				for (String name : names) {
					EObject target = find(work, binding, position, reference.getEReferenceType(), name);
					if (target == null) {
						return;
					}
					targets.add(target);
				}
				work.referenceValues.put(position, reference.isMany() ? targets : targets.get(0));
			});
		}

		private void resolveParent(RowWork work, Binding binding) {
			if (work.parentText == null || work.parentText.isEmpty()) {
				if (work.creates) {
					refuse(work, binding, work.parentColumn, NLS.bind(Messages.TableImport_parentNeeded,
							work.table.columns().get(work.table.idColumn().isPresent() ? 1 : 0).header()));
				}
				return;
			}
			EObject parent = find(work, binding, work.parentColumn, work.table.parent().type(), work.parentText);
			if (parent == null) {
				return;
			}
			EReference list = work.table.list();
			if (work.creates && !list.isMany() && (parent.eGet(list) != null || creationsInto(parent, list) > 0)) {
				refuse(work, binding, work.parentColumn, NLS.bind(Messages.TableImport_onlyOne,
						index.describe(parent), schema.labels().of(list)));
				return;
			}
			work.parent = parent;
		}

		private long creationsInto(EObject parent, EReference list) {
			return rows.stream().filter(other -> other.creates && other.parent == parent && other.table.list() == list).count();
		}

		/** The element a cell names, by id or else by name; {@code null} (and a problem) if none or several. */
		private EObject find(RowWork work, Binding binding, int position, EClass type, String text) {
			EObject byId = index.withId(text);
			if (byId != null) {
				if (type.isInstance(byId)) {
					return byId;
				}
				refuse(work, binding, position, NLS.bind(Messages.TableImport_wrongKind,
						new Object[] { index.describe(byId), schema.labels().of(byId.eClass()), schema.labels().of(type) }));
				return null;
			}
			List<EObject> named = index.named(type, text);
			if (named.size() == 1) {
				return named.get(0);
			}
			if (named.size() > 1) {
				refuse(work, binding, position, NLS.bind(Messages.TableImport_ambiguousReference,
						named.stream().map(index::describe).collect(Collectors.joining(", ")))); //$NON-NLS-1$
				return null;
			}
			List<String> near = index.nearestNames(type, text);
			refuse(work, binding, position, near.isEmpty()
					? NLS.bind(Messages.TableImport_unknownReference, schema.labels().of(type))
					: NLS.bind(Messages.TableImport_unknownReferenceNear, schema.labels().of(type),
							near.stream().map(n -> '"' + n + '"').collect(Collectors.joining(", ")))); //$NON-NLS-1$
			return null;
		}

		private void refuse(RowWork work, Binding binding, int position, String message) {
			work.refused = true;
			if (position < 0) {
				problems.add(new CellProblem(binding.source().source(), work.row.number(), null, null, message));
				return;
			}
			String header = binding.source().headers().get(position).strip();
			problems.add(new CellProblem(binding.source().source(), work.row.number(), header, work.row.cell(position), message));
		}

		private ImportPlan plan() {
			Map<EObject, List<ImportPlan.Assignment>> assignments = new LinkedHashMap<>();
			List<ImportPlan.Creation> creations = new ArrayList<>();
			List<ImportPlan.Creation> moves = new ArrayList<>();
			List<ImportPlan.SourceOutcome> outcomes = new ArrayList<>();
			for (Binding binding : bindings) {
				List<ImportPlan.RowChange> created = new ArrayList<>();
				List<ImportPlan.RowChange> updated = new ArrayList<>();
				int unchanged = 0;
				int refused = 0;
				for (RowWork work : binding.rows()) {
					if (work.refused) {
						refused++;
						continue;
					}
					List<ImportPlan.Assignment> changes = new ArrayList<>();
					List<ImportPlan.FeatureChange> shown = new ArrayList<>();
					compare(work, binding, changes, shown);
					if (!changes.isEmpty()) {
						assignments.put(work.element, changes);
					}
					if (work.creates) {
						EObject container = work.table.parent() == null ? root : work.parent;
						creations.add(new ImportPlan.Creation(work.element, container, work.table.list()));
						created.add(new ImportPlan.RowChange(work.row.number(), index.describe(work.element, nameOf(work)), shown));
						continue;
					}
					if (work.parent != null && work.parent != work.element.eContainer()) {
						moves.add(new ImportPlan.Creation(work.element, work.parent, work.table.list()));
						shown.add(0, new ImportPlan.FeatureChange(headerOf(binding, work.parentColumn),
								index.describe(work.element.eContainer()), index.describe(work.parent)));
					}
					if (shown.isEmpty()) {
						unchanged++;
					} else {
						updated.add(new ImportPlan.RowChange(work.row.number(), index.describe(work.element), shown));
					}
				}
				outcomes.add(new ImportPlan.SourceOutcome(binding.source(), binding.table(), created, updated, unchanged, refused));
			}
			Map<TableKind, List<String>> deletions = new LinkedHashMap<>();
			List<EObject> deleted = new ArrayList<>();
			for (TableKind table : schema.tables()) {
				if (!table.isRoot() && options.deletesMissing(table)) {
					List<EObject> missing = elementsOf(table).stream().filter(element -> !rowOf.containsKey(element)).toList();
					deletions.put(table, missing.stream().map(index::describe).toList());
					deleted.addAll(missing);
				}
			}
			// As people fix them: source by source, row by row.
			List<SourceTable> order = bindings.stream().map(Binding::source).toList();
			problems.sort(Comparator.comparingInt((CellProblem problem) -> sourceIndex(order, problem))
					.thenComparingInt(CellProblem::row));
			return new ImportPlan(outcomes, notes, problems, deletions, creations, assignments, moves, deleted);
		}

		private int sourceIndex(List<SourceTable> order, CellProblem problem) {
			for (int i = 0; i < order.size(); i++) {
				if (order.get(i).source().equals(problem.source())) {
					return i;
				}
			}
			return order.size();
		}

		/** The elements of the model in the table's list, of its class. */
		private List<EObject> elementsOf(TableKind table) {
			List<EObject> found = new ArrayList<>();
			root.eAllContents().forEachRemaining(element -> {
				if (element.eClass() == table.type() && element.eContainmentFeature() == table.list()) {
					found.add(element);
				}
			});
			return found;
		}

		/** The values a row sets: for a new element all of them, for one of the model those that change, to show too. */
		private void compare(RowWork work, Binding binding, List<ImportPlan.Assignment> changes,
				List<ImportPlan.FeatureChange> shown) {
			EObject element = work.element;
			Map<Integer, Object> wanted = new TreeMap<>();
			wanted.putAll(work.attributeValues);
			wanted.putAll(work.referenceValues);
			wanted.forEach((position, value) -> {
				EStructuralFeature feature = binding.at(position).feature();
				Object old = valueOf(element, feature);
				if (!work.creates && same(old, value)) {
					return;
				}
				changes.add(new ImportPlan.Assignment(feature, value, false));
				if (!work.creates) {
					shown.add(new ImportPlan.FeatureChange(headerOf(binding, position), text(feature, old), text(feature, value)));
				}
			});
			for (int position : work.cleared) {
				EStructuralFeature feature = binding.at(position).feature();
				if (isEmpty(element, feature)) {
					continue;
				}
				changes.add(new ImportPlan.Assignment(feature, null, true));
				shown.add(new ImportPlan.FeatureChange(headerOf(binding, position), text(feature, valueOf(element, feature)), "")); //$NON-NLS-1$
			}
		}

		private String headerOf(Binding binding, int position) {
			return position < 0 ? "" : binding.source().headers().get(position).strip(); //$NON-NLS-1$
		}

		private Object valueOf(EObject element, EStructuralFeature feature) {
			return feature.isUnsettable() && !element.eIsSet(feature) ? null : element.eGet(feature);
		}

		private boolean isEmpty(EObject element, EStructuralFeature feature) {
			return feature.isMany() ? ((Collection<?>) element.eGet(feature)).isEmpty() : !element.eIsSet(feature);
		}

		private boolean same(Object old, Object value) {
			if (old instanceof Collection<?> oldValues && value instanceof Collection<?> newValues) {
				return List.copyOf(oldValues).equals(List.copyOf(newValues));
			}
			return Objects.equals(old, value);
		}

		/** A value as the dry run shows it: references by name, enumeration values by their readable name. */
		private String text(EStructuralFeature feature, Object value) {
			if (value instanceof Collection<?> many) {
				return many.stream().map(one -> text(feature, one)).collect(Collectors.joining(TableExport.SEPARATOR + ' '));
			}
			if (value instanceof EObject element) {
				String name = ModelIndex.nameOf(element);
				return name != null ? name : Objects.toString(EcoreUtil.getID(element), ""); //$NON-NLS-1$
			}
			if (value instanceof Enumerator literal && feature instanceof EAttribute attribute
					&& attribute.getEAttributeType() instanceof EEnum type) {
				return schema.labels().of(type.getEEnumLiteral(literal.getValue()));
			}
			return CellText.of(value);
		}
	}
}
