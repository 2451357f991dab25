package org.civitas.interchange;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * A model's tabular form, derived from its metamodel: first a table of one row for the root
 * itself (its settings), then a table per concrete class of every list (containment) reachable
 * from the root, depth first (a list's nested lists follow it), each with an identity column, a
 * parent column for a nested list, and a column per feature that people set (not derived, not
 * transient, changeable; references by id or name).
 * <p>
 * A table is named after its list ("Services") when the list holds one class at the model's
 * top, else after its class in the plural ("Agencies", "Cost Entries"); an {@value #ANNOTATION}
 * annotation with a {@value #TABLE_KEY} detail on the class names it otherwise.
 */
public final class TableSchema {

	/** Source of the annotation that names a class's table. */
	public static final String ANNOTATION = "http://civitas.org/interchange"; //$NON-NLS-1$
	/** Detail of that annotation holding the name. */
	public static final String TABLE_KEY = "table"; //$NON-NLS-1$
	/** The longest name a worksheet may have. */
	public static final int LONGEST_NAME = 31;

	private final EClass root;
	private final List<TableKind> tables;
	private final ModelLabels labels;

	private TableSchema(EClass root, List<TableKind> tables, ModelLabels labels) {
		this.root = root;
		this.tables = List.copyOf(tables);
		this.labels = labels;
	}

	/**
	 * The tabular form of models whose root is a {@code root}, with the labels of the model's
	 * EMF.Edit support.
	 *
	 * @throws IllegalStateException if two tables would have one name, or a name is too long
	 */
	public static TableSchema of(EClass root, AdapterFactory itemProviders) {
		ModelLabels labels = new ModelLabels(itemProviders);
		List<TableKind> tables = new ArrayList<>();
		tables.add(new TableKind(nameOf(root, null, false, labels), root, null, null, columns(root, null, labels)));
		collect(root, null, labels, tables);
		Set<String> names = new HashSet<>();
		for (TableKind table : tables) {
			if (!names.add(normalized(table.name()))) {
				throw new IllegalStateException("Two tables named " + table.name() + " in the tabular form of " //$NON-NLS-1$ //$NON-NLS-2$
						+ root.getName() + ": name one with an annotation " + ANNOTATION); //$NON-NLS-1$
			}
			if (table.name().length() > LONGEST_NAME) {
				throw new IllegalStateException("The table name " + table.name() + " is longer than " + LONGEST_NAME //$NON-NLS-1$ //$NON-NLS-2$
						+ " characters: name it with an annotation " + ANNOTATION); //$NON-NLS-1$
			}
		}
		return new TableSchema(root, tables, labels);
	}

	public EClass root() {
		return root;
	}

	/** The names people read for the model's classes, features and values. */
	ModelLabels labels() {
		return labels;
	}

	/** The root's table, then the model's lists in their order, each followed by its nested lists. */
	public List<TableKind> tables() {
		return tables;
	}

	/**
	 * What a column holds, for a person filling it in: the feature's description, then what
	 * kind of value it takes (a date, a whole number, one of some values, the ID or name of an
	 * element of some class).
	 */
	public String guide(Column column) {
		StringBuilder guide = new StringBuilder();
		if (column.role() == Column.Role.PARENT) {
			return NLS.bind(Messages.TableSchema_parentGuide, column.header());
		}
		String documentation = labels.description(column.feature());
		if (documentation != null && !documentation.isBlank()) {
			guide.append(documentation.strip()).append('\n');
		}
		if (column.role() == Column.Role.ID) {
			return guide.append(Messages.TableSchema_idGuide).toString();
		}
		if (column.feature() instanceof EReference reference) {
			return guide.append(NLS.bind(reference.isMany() ? Messages.TableSchema_referencesGuide : Messages.TableSchema_referenceGuide,
					labels.of(reference.getEReferenceType()), TableExport.SEPARATOR)).toString();
		}
		EDataType type = ((EAttribute) column.feature()).getEAttributeType();
		Class<?> javaType = type.getInstanceClass();
		if (type instanceof EEnum) {
			guide.append(Messages.TableSchema_choiceGuide);
		} else if (javaType == Date.class) {
			guide.append(Messages.TableSchema_dateGuide);
		} else if (javaType == int.class || javaType == Integer.class || javaType == long.class || javaType == Long.class) {
			guide.append(Messages.TableSchema_wholeNumberGuide);
		} else if (javaType == double.class || javaType == Double.class || javaType == float.class || javaType == Float.class) {
			guide.append(Messages.TableSchema_numberGuide);
		} else if (javaType == boolean.class || javaType == Boolean.class) {
			guide.append(Messages.TableSchema_truthGuide);
		} else {
			guide.append(Messages.TableSchema_textGuide);
		}
		return guide.toString();
	}

	/** The readable names of the values an enumeration column takes, empty for any other column. */
	public List<String> choices(Column column) {
		if (column.feature() instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum type) {
			return type.getELiterals().stream().map(labels::of).toList();
		}
		return List.of();
	}

	/** The table of that name, ignoring case and spaces ("cost entries" is "Cost Entries"). */
	public Optional<TableKind> table(String name) {
		String wanted = normalized(name);
		return tables.stream().filter(table -> normalized(table.name()).equals(wanted)).findFirst();
	}

	/** Headers and table names are matched ignoring case and spaces. */
	public static String normalized(String text) {
		return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void collect(EClass owner, TableKind parent, ModelLabels labels, List<TableKind> tables) {
		for (EReference list : owner.getEAllContainments()) {
			if (list.isDerived() || list.isTransient() || !list.isChangeable()) {
				continue;
			}
			List<EClass> kinds = concreteKinds(list.getEReferenceType());
			for (EClass kind : kinds) {
				String name = nameOf(kind, list, parent == null && kinds.size() == 1, labels);
				TableKind table = new TableKind(name, kind, list, parent, columns(kind, parent, labels));
				tables.add(table);
				collect(kind, table, labels, tables);
			}
		}
	}

	/** The concrete classes of the list's package that the list can hold, in the package's order. */
	private static List<EClass> concreteKinds(EClass type) {
		List<EClass> kinds = new ArrayList<>();
		for (EClassifier classifier : type.getEPackage().getEClassifiers()) {
			if (classifier instanceof EClass candidate && !candidate.isAbstract() && !candidate.isInterface()
					&& type.isSuperTypeOf(candidate)) {
				kinds.add(candidate);
			}
		}
		return kinds;
	}

	private static String nameOf(EClass kind, EReference list, boolean namedAfterList, ModelLabels labels) {
		String annotated = kind.getEAnnotation(ANNOTATION) == null ? null
				: kind.getEAnnotation(ANNOTATION).getDetails().get(TABLE_KEY);
		if (annotated != null && !annotated.isBlank()) {
			return annotated;
		}
		if (list == null) {
			return labels.of(kind);
		}
		return namedAfterList ? labels.of(list) : plural(labels.of(kind));
	}

	/** The English plural of a class's name: entries, classes, waves. */
	static String plural(String noun) {
		String lower = noun.toLowerCase(Locale.ROOT);
		if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) { //$NON-NLS-1$ //$NON-NLS-2$
			return noun.substring(0, noun.length() - 1) + "ies"; //$NON-NLS-1$
		}
		if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return noun + "es"; //$NON-NLS-1$
		}
		return noun + 's';
	}

	private static List<Column> columns(EClass kind, TableKind parent, ModelLabels labels) {
		List<Column> columns = new ArrayList<>();
		EAttribute id = kind.getEIDAttribute();
		if (id != null) {
			columns.add(new Column(labels.of(id), Column.Role.ID, id));
		}
		if (parent != null) {
			columns.add(new Column(labels.of(parent.type()), Column.Role.PARENT, null));
		}
		for (EStructuralFeature feature : kind.getEAllStructuralFeatures()) {
			if (feature == id || feature.isDerived() || feature.isTransient() || !feature.isChangeable()
					|| feature instanceof EReference reference && (reference.isContainment() || reference.isContainer())) {
				continue;
			}
			columns.add(new Column(labels.of(feature), Column.Role.VALUE, feature));
		}
		return columns;
	}
}
