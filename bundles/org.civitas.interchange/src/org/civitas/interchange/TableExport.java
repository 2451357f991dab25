package org.civitas.interchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A model in its tabular form: every element of every list as a row of its table, references by
 * the ids of the elements they point to, enumeration values by the names people read. What
 * an import of the same tables gives back is the same model.
 */
public final class TableExport {

	/** Between the values of a cell that holds several. */
	public static final String SEPARATOR = ";"; //$NON-NLS-1$

	private final TableSchema schema;
	private final ModelLabels labels;

	TableExport(TableSchema schema, ModelLabels labels) {
		this.schema = schema;
		this.labels = labels;
	}

	/** The exporter of models of {@code schema}, naming enumeration values with the model's EMF.Edit labels. */
	public static TableExport of(TableSchema schema) {
		return new TableExport(schema, schema.labels());
	}

	/** Every table of the schema without rows: what a template workbook holds. */
	public List<TableRows> template() {
		return schema.tables().stream().map(table -> new TableRows(table, List.of())).toList();
	}

	/** Every table of the schema with the rows of {@code root}'s elements, empty tables included. */
	public List<TableRows> rows(EObject root) {
		Map<TableKind, List<List<Object>>> rows = new LinkedHashMap<>();
		schema.tables().forEach(table -> rows.put(table, new ArrayList<>()));
		TableKind rootTable = schema.tables().get(0);
		rows.get(rootTable).add(row(rootTable, root));
		collect(root, null, rows);
		List<TableRows> tables = new ArrayList<>();
		rows.forEach((table, tableRows) -> tables.add(new TableRows(table, tableRows)));
		return tables;
	}

	private void collect(EObject owner, TableKind ownerTable, Map<TableKind, List<List<Object>>> rows) {
		for (TableKind table : schema.tables()) {
			if (table.isRoot() || table.parent() != ownerTable
					|| !table.list().getEContainingClass().isSuperTypeOf(owner.eClass())) {
				continue;
			}
			for (EObject element : elements(owner, table.list())) {
				if (element.eClass() == table.type()) {
					rows.get(table).add(row(table, element));
					collect(element, table, rows);
				}
			}
		}
	}

	private static List<EObject> elements(EObject owner, EReference list) {
		Object value = owner.eGet(list);
		if (value instanceof Collection<?> many) {
			return many.stream().map(EObject.class::cast).toList();
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	private List<Object> row(TableKind table, EObject element) {
		List<Object> row = new ArrayList<>(table.columns().size());
		for (Column column : table.columns()) {
			row.add(switch (column.role()) {
			case ID -> EcoreUtil.getID(element);
			case PARENT -> EcoreUtil.getID(element.eContainer());
			case VALUE -> cell(element, column.feature());
			});
		}
		return row;
	}

	/** A feature's value as a cell holds it; {@code null} for an attribute never set or a value-less reference. */
	private Object cell(EObject element, EStructuralFeature feature) {
		if (feature.isUnsettable() && !element.eIsSet(feature)) {
			return null;
		}
		Object value = element.eGet(feature);
		if (feature.isMany()) {
			Collection<?> values = (Collection<?>) value;
			if (values.isEmpty()) {
				return null;
			}
			StringJoiner joined = new StringJoiner(SEPARATOR);
			values.forEach(one -> joined.add(String.valueOf(single(feature, one))));
			return joined.toString();
		}
		return single(feature, value);
	}

	private Object single(EStructuralFeature feature, Object value) {
		if (value == null) {
			return null;
		}
		if (feature instanceof EReference) {
			return EcoreUtil.getID((EObject) value);
		}
		if (value instanceof Enumerator literal && ((EAttribute) feature).getEAttributeType() instanceof EEnum type) {
			return labels.of(type.getEEnumLiteral(literal.getValue()));
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof Date || value instanceof String) {
			return value;
		}
		EAttribute attribute = (EAttribute) feature;
		return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
	}
}
