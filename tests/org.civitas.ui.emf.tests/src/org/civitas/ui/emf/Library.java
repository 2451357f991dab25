package org.civitas.ui.emf;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * A small model built in code (libraries holding books), with a reflective editing domain:
 * the adapters under test know nothing of it, as they know nothing of portfolios.
 */
final class Library {

	static final EPackage PACKAGE = EcoreFactory.eINSTANCE.createEPackage();
	static final EClass LIBRARY = EcoreFactory.eINSTANCE.createEClass();
	static final EClass BOOK = EcoreFactory.eINSTANCE.createEClass();
	static final EAttribute LIBRARY_NAME = EcoreFactory.eINSTANCE.createEAttribute();
	static final EAttribute BOOK_NAME = EcoreFactory.eINSTANCE.createEAttribute();
	static final EReference BOOKS = EcoreFactory.eINSTANCE.createEReference();

	static {
		PACKAGE.setName("library");
		PACKAGE.setNsPrefix("library");
		PACKAGE.setNsURI("http://civitas.org/test/library");
		LIBRARY.setName("Library");
		BOOK.setName("Book");
		LIBRARY_NAME.setName("name");
		LIBRARY_NAME.setEType(EcorePackage.Literals.ESTRING);
		BOOK_NAME.setName("name");
		BOOK_NAME.setEType(EcorePackage.Literals.ESTRING);
		BOOKS.setName("books");
		BOOKS.setEType(BOOK);
		BOOKS.setContainment(true);
		BOOKS.setUpperBound(-1);
		LIBRARY.getEStructuralFeatures().add(LIBRARY_NAME);
		LIBRARY.getEStructuralFeatures().add(BOOKS);
		BOOK.getEStructuralFeatures().add(BOOK_NAME);
		PACKAGE.getEClassifiers().add(LIBRARY);
		PACKAGE.getEClassifiers().add(BOOK);
	}

	final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
	final AdapterFactoryEditingDomain domain;
	final Resource resource = new XMIResourceImpl(URI.createURI("memory:/library.xmi"));
	final EObject library = EcoreUtil.create(LIBRARY);

	/** A library called {@code name} holding books with the given titles. */
	Library(String name, String... titles) {
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
		domain.getResourceSet().getResources().add(resource);
		library.eSet(LIBRARY_NAME, name);
		for (String title : titles) {
			books().add(book(title));
		}
		resource.getContents().add(library);
	}

	static EObject book(String title) {
		EObject book = EcoreUtil.create(BOOK);
		book.eSet(BOOK_NAME, title);
		return book;
	}

	@SuppressWarnings("unchecked")
	EList<EObject> books() {
		return (EList<EObject>) library.eGet(BOOKS);
	}

	void dispose() {
		adapterFactory.dispose();
	}
}
