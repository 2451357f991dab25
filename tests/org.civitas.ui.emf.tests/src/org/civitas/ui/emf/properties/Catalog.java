package org.civitas.ui.emf.properties;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * A catalog of four items in a resource of an editing domain with a command stack, as an
 * editor holds its model: "Water" with every property set, and "Gamma", "Alpha" and "Beta",
 * which the references of "Water" may point to.
 */
final class Catalog {

	final CatalogAdapterFactory adapterFactory = new CatalogAdapterFactory();
	final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
	final EObject water;
	final EObject gamma;
	final EObject alpha;
	final EObject beta;

	Catalog() {
		EObject catalog = EcoreUtil.create(CatalogModel.CATALOG);
		water = item("Water");
		gamma = item("Gamma");
		alpha = item("Alpha");
		beta = item("Beta");
		list(catalog, CatalogModel.CATALOG_ITEMS).addAll(List.of(water, gamma, alpha, beta));
		water.eSet(CatalogModel.CODE, "W-1");
		water.eSet(CatalogModel.NOTES, "Fresh.");
		water.eSet(CatalogModel.ITEM_KIND, CatalogModel.KIND.getEEnumLiteral("standardItem"));
		water.eSet(CatalogModel.COUNT, 3);
		water.eSet(CatalogModel.WEIGHT, 1.5);
		water.eSet(CatalogModel.PRICE, new BigDecimal("2.40"));
		list(water, CatalogModel.TAGS).add("drink");
		list(water, CatalogModel.RELATED).add(alpha);
		Resource resource = new ResourceImpl(URI.createURI("memory:/catalog.xmi"));
		resource.getContents().add(catalog);
		domain.getResourceSet().getResources().add(resource);
	}

	private static EObject item(String name) {
		EObject item = EcoreUtil.create(CatalogModel.ITEM);
		item.eSet(CatalogModel.NAME, name);
		return item;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(EObject element, EStructuralFeature feature) {
		return (List<Object>) element.eGet(feature);
	}

	CommandStack commands() {
		return domain.getCommandStack();
	}
}
