package org.civitas.ui.emf.properties;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * A small dynamic metamodel with a property of every kind the Properties view edits: a catalog
 * of items, each with text, multi-line text, an enumeration, a boolean, numbers of primitive,
 * wrapper and big types, a date, a multi-valued string, and single and multi-valued references
 * to other items.
 */
final class CatalogModel {

	static final EPackage PACKAGE;
	static final EClass CATALOG;
	static final EReference CATALOG_ITEMS;
	static final EClass ITEM;
	static final EEnum KIND;
	static final EAttribute NAME;
	static final EAttribute CODE;
	static final EAttribute NOTES;
	static final EAttribute ITEM_KIND;
	static final EAttribute ACTIVE;
	static final EAttribute TAGS;
	static final EAttribute COUNT;
	static final EAttribute WEIGHT;
	static final EAttribute PRICE;
	static final EAttribute SINCE;
	static final EReference OWNER;
	static final EReference RELATED;

	static {
		EcoreFactory ecore = EcoreFactory.eINSTANCE;
		EcorePackage types = EcorePackage.eINSTANCE;
		PACKAGE = ecore.createEPackage();
		PACKAGE.setName("catalog");
		PACKAGE.setNsPrefix("catalog");
		PACKAGE.setNsURI("http://civitas.org/test/catalog");

		KIND = ecore.createEEnum();
		KIND.setName("Kind");
		for (String literal : new String[] { "standardItem", "multiJurisdictionAlliance", "sharedPlatform" }) {
			EEnumLiteral enumLiteral = ecore.createEEnumLiteral();
			enumLiteral.setName(literal);
			enumLiteral.setLiteral(literal);
			enumLiteral.setValue(KIND.getELiterals().size());
			KIND.getELiterals().add(enumLiteral);
		}
		PACKAGE.getEClassifiers().add(KIND);

		ITEM = ecore.createEClass();
		ITEM.setName("Item");
		PACKAGE.getEClassifiers().add(ITEM);
		NAME = attribute("name", types.getEString(), false);
		CODE = attribute("code", types.getEString(), false);
		NOTES = attribute("notes", types.getEString(), false);
		ITEM_KIND = attribute("kind", KIND, false);
		ACTIVE = attribute("active", types.getEBoolean(), false);
		TAGS = attribute("tags", types.getEString(), true);
		COUNT = attribute("count", types.getEInt(), false);
		WEIGHT = attribute("weight", types.getEDoubleObject(), false);
		PRICE = attribute("price", types.getEBigDecimal(), false);
		SINCE = attribute("since", types.getEDate(), false);
		OWNER = reference(ITEM, "owner", ITEM, false, false);
		RELATED = reference(ITEM, "related", ITEM, true, false);

		CATALOG = ecore.createEClass();
		CATALOG.setName("Catalog");
		PACKAGE.getEClassifiers().add(CATALOG);
		CATALOG_ITEMS = reference(CATALOG, "items", ITEM, true, true);
	}

	private CatalogModel() {
	}

	private static EAttribute attribute(String name, EDataType type, boolean many) {
		EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
		attribute.setName(name);
		attribute.setEType(type);
		attribute.setUpperBound(many ? -1 : 1);
		ITEM.getEStructuralFeatures().add(attribute);
		return attribute;
	}

	private static EReference reference(EClass owner, String name, EClass type, boolean many, boolean containment) {
		EReference reference = EcoreFactory.eINSTANCE.createEReference();
		reference.setName(name);
		reference.setEType(type);
		reference.setUpperBound(many ? -1 : 1);
		reference.setContainment(containment);
		owner.getEStructuralFeatures().add(reference);
		return reference;
	}
}
