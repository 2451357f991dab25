package org.civitas.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * Menus and tool bar of the main window. Standard workbench actions only; every group has an
 * additions marker so that plug-ins contribute their own commands where users look for them.
 */
public class CivitasActionBarAdvisor extends ActionBarAdvisor {

	/** Help > Cheat Sheets...: lists the cheat sheets and opens the one chosen. */
	private static final String OPEN_CHEAT_SHEET = "org.eclipse.ui.cheatsheets.openCheatSheet"; //$NON-NLS-1$

	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction importWizard;
	private IWorkbenchAction exportWizard;
	private IWorkbenchAction refresh;
	private IWorkbenchAction properties;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction find;
	private IWorkbenchAction rename;
	private IWorkbenchAction newWindow;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction preferences;
	private IWorkbenchAction about;
	private IWorkbenchAction welcome;
	private IWorkbenchAction helpContents;
	private IWorkbenchAction helpSearch;
	private IWorkbenchAction dynamicHelp;
	private IContributionItem recentFiles;
	private IContributionItem newWizardShortlist;
	private IContributionItem viewsShortlist;
	private IContributionItem perspectivesShortlist;
	private IWorkbenchAction newWizardDropDown;

	public CivitasActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		// Registered for its Ctrl+N binding; the File > New menu lists the wizards themselves.
		action(ActionFactory.NEW, window);
		save = action(ActionFactory.SAVE, window);
		saveAs = action(ActionFactory.SAVE_AS, window);
		saveAll = action(ActionFactory.SAVE_ALL, window);
		close = action(ActionFactory.CLOSE, window);
		closeAll = action(ActionFactory.CLOSE_ALL, window);
		importWizard = action(ActionFactory.IMPORT, window);
		exportWizard = action(ActionFactory.EXPORT, window);
		refresh = action(ActionFactory.REFRESH, window);
		properties = action(ActionFactory.PROPERTIES, window);
		quit = action(ActionFactory.QUIT, window);
		undo = action(ActionFactory.UNDO, window);
		redo = action(ActionFactory.REDO, window);
		cut = action(ActionFactory.CUT, window);
		copy = action(ActionFactory.COPY, window);
		paste = action(ActionFactory.PASTE, window);
		delete = action(ActionFactory.DELETE, window);
		selectAll = action(ActionFactory.SELECT_ALL, window);
		find = action(ActionFactory.FIND, window);
		rename = action(ActionFactory.RENAME, window);
		newWindow = action(ActionFactory.OPEN_NEW_WINDOW, window);
		resetPerspective = action(ActionFactory.RESET_PERSPECTIVE, window);
		preferences = action(ActionFactory.PREFERENCES, window);
		about = action(ActionFactory.ABOUT, window);
		welcome = action(ActionFactory.INTRO, window);
		helpContents = action(ActionFactory.HELP_CONTENTS, window);
		helpSearch = action(ActionFactory.HELP_SEARCH, window);
		dynamicHelp = action(ActionFactory.DYNAMIC_HELP, window);
		recentFiles = ContributionItemFactory.REOPEN_EDITORS.create(window);
		newWizardShortlist = ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window);
		viewsShortlist = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
		perspectivesShortlist = ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window);
		newWizardDropDown = action(ActionFactory.NEW_WIZARD_DROP_DOWN, window);
	}

	/** Creates a standard action and registers it, which activates its key binding. */
	private IWorkbenchAction action(ActionFactory factory, IWorkbenchWindow window) {
		IWorkbenchAction action = factory.create(window);
		register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu());
		menuBar.add(helpMenu());
	}

	private MenuManager fileMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager(Messages.Menu_new, ActionFactory.NEW.getId());
		newMenu.add(newWizardShortlist);
		menu.add(newMenu);
		menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		menu.add(new Separator());
		menu.add(close);
		menu.add(closeAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		menu.add(new Separator());
		menu.add(save);
		menu.add(saveAs);
		menu.add(saveAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		menu.add(new Separator());
		menu.add(rename);
		menu.add(refresh);
		menu.add(new Separator());
		menu.add(importWizard);
		menu.add(exportWizard);
		menu.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(properties);
		menu.add(new Separator());
		// A submenu of its own: the list changes its length, which the workbench's menu renderer
		// mishandles for items after it (Exit went missing in the File menu itself).
		MenuManager recentMenu = new MenuManager(Messages.Menu_recentFiles, IWorkbenchActionConstants.MRU);
		recentMenu.add(recentFiles);
		menu.add(recentMenu);
		menu.add(new Separator());
		menu.add(quit);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		return menu;
	}

	private MenuManager editMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(undo);
		menu.add(redo);
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		menu.add(new Separator());
		menu.add(delete);
		menu.add(selectAll);
		menu.add(new Separator());
		menu.add(find);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return menu;
	}

	private MenuManager windowMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		menu.add(newWindow);
		menu.add(new Separator());
		MenuManager perspectiveMenu = new MenuManager(Messages.Menu_openPerspective, "openPerspective"); //$NON-NLS-1$
		perspectiveMenu.add(perspectivesShortlist);
		menu.add(perspectiveMenu);
		MenuManager viewMenu = new MenuManager(Messages.Menu_showView, "showView"); //$NON-NLS-1$
		viewMenu.add(viewsShortlist);
		menu.add(viewMenu);
		menu.add(resetPerspective);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(preferences);
		return menu;
	}

	private MenuManager helpMenu() {
		MenuManager menu = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		menu.add(welcome);
		menu.add(new Separator());
		menu.add(helpContents);
		menu.add(helpSearch);
		menu.add(dynamicHelp);
		menu.add(new Separator());
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		CommandContributionItemParameter cheatSheets = new CommandContributionItemParameter(
				getActionBarConfigurer().getWindowConfigurer().getWindow(), null, OPEN_CHEAT_SHEET,
				CommandContributionItem.STYLE_PUSH);
		cheatSheets.label = Messages.Menu_cheatSheets;
		menu.add(new CommandContributionItem(cheatSheets));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		menu.add(new Separator());
		menu.add(about);
		return menu;
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager fileTools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		fileTools.add(newWizardDropDown);
		fileTools.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		fileTools.add(save);
		fileTools.add(saveAll);
		fileTools.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		fileTools.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(fileTools, IWorkbenchActionConstants.TOOLBAR_FILE));

		IToolBarManager editTools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		editTools.add(undo);
		editTools.add(redo);
		editTools.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(editTools, IWorkbenchActionConstants.TOOLBAR_EDIT));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
