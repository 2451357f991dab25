package org.civitas.ui.emf.properties;

import java.net.URL;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;

/**
 * Item provider of the catalog model, the way generated ones are: property descriptors with
 * categories, descriptions, a read-only property, a multi-line one and sorted choices, and
 * readable labels for enumeration literals from a resource locator.
 */
final class CatalogItemProvider extends ItemProviderAdapter implements IEditingDomainItemProvider,
		IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {

	static final String COUNT_DESCRIPTION = "How many units the item counts. Only whole units are counted.";
	static final String NAME_DESCRIPTION = "The name readers know the item by.";

	private static final ResourceLocator LABELS = new ReadableLiterals(Map.of(
			"_UI_Kind_standardItem_literal", "Standard item",
			"_UI_Kind_multiJurisdictionAlliance_literal", "Multi jurisdiction alliance",
			"_UI_Kind_sharedPlatform_literal", "Shared platform"));

	CatalogItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);
			if (((EObject) object).eClass() == CatalogModel.ITEM) {
				add(CatalogModel.NAME, "Name", NAME_DESCRIPTION, null, true, false, false);
				add(CatalogModel.CODE, "Code", "The code the catalog gives the item.", null, false, false, false);
				add(CatalogModel.NOTES, "Notes", "Notes about the item.", "Description", true, true, false);
				add(CatalogModel.ITEM_KIND, "Kind", "What kind of item it is.", "Classification", true, false, false);
				add(CatalogModel.ACTIVE, "Active", "Whether the item is in use.", "Classification", true, false, false);
				add(CatalogModel.COUNT, "Count", COUNT_DESCRIPTION, "Figures", true, false, false);
				add(CatalogModel.WEIGHT, "Weight", "Weight in kilograms, if known.", "Figures", true, false, false);
				add(CatalogModel.PRICE, "Price", "Price in euros.", "Figures", true, false, false);
				add(CatalogModel.SINCE, "Since", "When the item entered the catalog.", "Schedule", true, false, false);
				add(CatalogModel.TAGS, "Tags", "Words to find the item by.", "Classification", true, false, false);
				add(CatalogModel.OWNER, "Owner", "The item this one belongs to.", "Relations", true, false, true);
				add(CatalogModel.RELATED, "Related", "Items to read alongside.", "Relations", true, false, true);
			}
		}
		return itemPropertyDescriptors;
	}

	private void add(EStructuralFeature feature, String name, String description, String category, boolean settable,
			boolean multiLine, boolean sortChoices) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(adapterFactory, LABELS, name, description, feature,
				settable, multiLine, sortChoices, null, category, null));
	}

	/** Items have an SVG icon, handed out as a URL like the icons of generated item providers. */
	@Override
	public Object getImage(Object object) {
		return ((EObject) object).eClass() == CatalogModel.ITEM ? ItemIcon.URL : null;
	}

	@Override
	public String getText(Object object) {
		EObject element = (EObject) object;
		return element.eClass() == CatalogModel.ITEM ? (String) element.eGet(CatalogModel.NAME) : "Catalog";
	}

	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		return ((EObject) object).eClass() == CatalogModel.CATALOG ? List.of(CatalogModel.CATALOG_ITEMS) : List.of();
	}

	/** Readable labels by key, as a generated edit plug-in's properties file has them. */
	private record ReadableLiterals(Map<String, String> labels) implements ResourceLocator {

		@Override
		public URL getBaseURL() {
			return null;
		}

		@Override
		public Object getImage(String key) {
			throw new MissingResourceException(key, getClass().getName(), key);
		}

		@Override
		public String getString(String key) {
			String label = labels.get(key);
			if (label == null) {
				throw new MissingResourceException(key, getClass().getName(), key);
			}
			return label;
		}

		@Override
		public String getString(String key, boolean translate) {
			return getString(key);
		}

		@Override
		public String getString(String key, Object[] substitutions) {
			return getString(key);
		}

		@Override
		public String getString(String key, Object[] substitutions, boolean translate) {
			return getString(key);
		}
	}
}
